// What the rest of the app may use from groups.
export { groupsQueryKey, useGroupOptions } from './api/groups';
export { groupsModule } from './module';
