// What the app and other modules may use from the outbox: its routes, for the app to mount, and its
// retention rule.

export { outboxRetention } from './outbox.retention';
export { registerOutboxRoutes } from './outbox.routes';
