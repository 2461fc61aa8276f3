// The public programme: the organisation's public page and one page per published session,
// given to the public pages mechanism (platform/public-pages).
import type { App } from '../../platform/app-types';
import { addPublicPages } from '../../platform/public-pages';
import { eventPage } from './event-page';
import { organisationPage } from './organisation-page';

export function registerPublicProgrammePages(app: App) {
  addPublicPages(app, [organisationPage, eventPage]);
}
