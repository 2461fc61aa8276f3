// What the app (routes, jobs, public pages) and other modules may use from the directory of amateur
// practice: its registrations, and for imports the insert and the names already listed.
export {
  insertImportedEnsemble,
  listEnsembleNames,
  listEnsemblesForExport,
} from './directory.bulk';
export { registerDirectoryJobs, sendReconfirmations } from './directory.jobs';
export { registerDirectoryRoutes } from './directory.routes';
export { registerHandoverJobs, runHandoverDay } from './handover.jobs';
export { registerHandoverRoutes } from './handover.routes';
export { normaliseRule, ruleProblem } from './rules';
export {
  countPersonSupportRequests,
  erasePersonSupportRequests,
  readPersonSupportRequests,
} from './support-requests.person-data';
export { supportRequestsRetention } from './support-requests.retention';

import type { App, AppDeps } from '../../platform/app-types';
import { addPublicPages } from '../../platform/public-pages';
import { registerFinderPages } from './finder.routes';
import { registerDirectoryForms } from './forms.routes';
import { registerHandoverPages } from './handover-pages';
import { directoryPage, ensemblePage } from './public-pages';

/** The public directory, a page per listing, and the finder's and forms' pages. */
export function registerDirectoryPages(app: App, deps: AppDeps) {
  addPublicPages(app, [directoryPage, ensemblePage]);
  registerFinderPages(app, deps);
  registerDirectoryForms(app, deps);
  registerHandoverPages(app, deps);
}
