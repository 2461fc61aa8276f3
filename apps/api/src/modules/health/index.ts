// What the app and other modules may use from health probes: its routes, for the app to mount.
export { registerHealthRoutes } from './health.routes';
