// What the app and other modules may use from funder reports: its routes, for the app to mount.
export { registerReportJobs } from './reports.jobs';
export { registerReportRoutes } from './reports.routes';
