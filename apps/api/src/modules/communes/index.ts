// What the app (routes, jobs) and other modules may use from communes: locating a commune, and the
// reference data itself.

export { registerCommuneRoutes } from './communes.routes';
export { type CommuneLocation, locateCommune, locateCommunes } from './locate';
export { type CommuneReference, communeReference, type LiveMusicFacility } from './reference-data';
export { shapeDepartmentsOf } from './shapes';
