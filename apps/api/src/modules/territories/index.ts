// What the app and other modules may use from territories: its routes, for the app to mount.
export { registerTerritoryRoutes } from './territories.routes';
