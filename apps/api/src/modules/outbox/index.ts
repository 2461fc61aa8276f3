// What the app and other modules may use from the outbox: its routes, for the app to mount.
export { registerOutboxRoutes } from './outbox.routes';
