// What the app and other modules may use from journeys: its routes, for the app to mount.
export { registerJourneyRoutes } from './journeys.routes';
export { registerJourneyTemplateRoutes } from './templates.routes';
