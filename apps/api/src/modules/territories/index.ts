// What the app and other modules may use from territories: its routes, for the app to mount, and
// the access figures of given communes.
export { type CommuneAccessFigures, communeAccess } from './commune-access';
export { registerTerritoryRoutes } from './territories.routes';
