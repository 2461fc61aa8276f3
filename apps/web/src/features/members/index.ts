// What the rest of the app may use from members.
export { membersQueryKey, membersQueryOptions } from './api/members';
export { membersModule } from './module';
