// What the app and other modules may use from projects: its routes, for the app to mount.
export { registerProjectRoutes } from './projects.routes';
