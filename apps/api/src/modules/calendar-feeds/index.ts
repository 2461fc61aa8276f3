// What the app and other modules may use from calendar feeds: its routes, for the app to mount.
export { registerCalendarFeedRoutes } from './calendar-feeds.routes';
