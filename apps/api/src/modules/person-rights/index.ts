// What the app and other modules may use from a person's rights: its routes, and the retention
// rule of the requests log.

export { rightsRequestsRetention } from './person-rights.retention';
export { registerPersonRightsRoutes } from './person-rights.routes';
