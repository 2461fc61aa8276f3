// What the app and other modules may use from journeys: its routes, for the app to mount, and
// templates read and written inside another module's transaction (the network library).
export { registerJourneyRoutes } from './journeys.routes';
export { insertTemplateCopy, readTemplateForCopy } from './templates.bulk';
export { registerJourneyTemplateRoutes } from './templates.routes';
