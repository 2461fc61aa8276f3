// Calls for applications with juries: what app.ts and other modules use.
import type { App, AppDeps } from '../../platform/app-types';
import { addPublicPages } from '../../platform/public-pages';
import { registerApplicantPages } from './applicant-pages.routes';
import { callPage, callsPage } from './public-pages';

export { seedDemoCallRecordings } from './calls.demo';
export { purgeCallRecordings, registerCallJobs } from './calls.retention';
export { registerCallRoutes } from './calls.routes';

/** The public list of calls, one page per call, and the applicant's pages. */
export function registerCallPages(app: App, deps: AppDeps) {
  addPublicPages(app, [callsPage, callPage]);
  registerApplicantPages(app, deps);
}
export { callApplicationsRetention } from './applications.retention';
export {
  type ApplicantMatch,
  applicantAddresses,
  applicantOfApplication,
  countPersonCallData,
  erasePersonCallData,
  readPersonCallData,
} from './person-data';
