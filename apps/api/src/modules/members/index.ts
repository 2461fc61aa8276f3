// What the app and other modules may use from members: its routes, for the app to mount.
export { registerMemberRoutes } from './members.routes';
