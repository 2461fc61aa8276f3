// What the rest of the app may use from projects.
export { projectQueryKey, projectsQueryKey } from './api/projects';
export { projectsModule } from './module';
