// Calls for applications with juries: what app.ts and other modules use.
import type { App, AppDeps } from '../../platform/app-types';
import { addPublicPages } from '../../platform/public-pages';
import { callPage, callsPage } from './public-pages';

export { seedDemoCallRecordings } from './calls.demo';
export { purgeCallRecordings, registerCallJobs } from './calls.retention';
export { registerCallRoutes } from './calls.routes';

/** The public list of calls and one page per call. */
export function registerCallPages(app: App, _deps: AppDeps) {
  addPublicPages(app, [callsPage, callPage]);
}
