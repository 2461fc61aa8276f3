// The journey space: what the app mounts (staff routes, families' pages) and what the group's
// page shows of it (its journeys' spaces).
export { findGroupSpaces } from './group-spaces';
export { GroupSpaces } from './space-home';
export { registerSpacePages } from './space-pages.routes';
export { seedDemoSpace } from './spaces.demo';
export { registerJourneySpaceRoutes } from './spaces.routes';
