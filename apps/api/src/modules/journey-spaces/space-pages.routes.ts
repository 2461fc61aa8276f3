// The journey space for people without accounts: under a group's secret link, and as public
// pages when the coordinator gives the space a public address; its offline pack and its reminder
// e-mails' forms.
import type { App, AppDeps } from '../../platform/app-types';
import { registerGroupSpacePages } from './group-space.routes';
import { registerSpaceOfflinePack } from './offline.routes';
import { registerPublicSpacePages } from './public-space.routes';
import { registerSpaceReminderPages } from './reminders.routes';

export function registerSpacePages(app: App, deps: AppDeps) {
  registerGroupSpacePages(app, deps);
  registerSpaceOfflinePack(app, deps);
  registerPublicSpacePages(app, deps);
  registerSpaceReminderPages(app, deps);
}
