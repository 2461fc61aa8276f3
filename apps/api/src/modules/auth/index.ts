// What the app and other modules may use from accounts: its routes, for the app to mount.
export { registerAuthRoutes } from './auth.routes';
