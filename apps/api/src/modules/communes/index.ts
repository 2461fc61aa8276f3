// What the app (routes, jobs) and other modules may use from communes: locating a commune, the
// reference data itself, and the official files admins import from the web app.

export { registerCommuneRoutes } from './communes.routes';
export { type CommuneLocation, locateCommune, locateCommunes } from './locate';
export { type CommuneReference, communeReference, type LiveMusicFacility } from './reference-data';
export { registerReferenceImportJobs } from './reference-runs.jobs';
export { registerReferenceRunRoutes } from './reference-runs.routes';
export { shapeDepartmentsOf } from './shapes';
