// The journey space for people without accounts: under a group's secret link, and as public
// pages when the coordinator gives the space a public address.
import type { App, AppDeps } from '../../platform/app-types';
import { registerGroupSpacePages } from './group-space.routes';
import { registerPublicSpacePages } from './public-space.routes';

export function registerSpacePages(app: App, deps: AppDeps) {
  registerGroupSpacePages(app, deps);
  registerPublicSpacePages(app, deps);
}
