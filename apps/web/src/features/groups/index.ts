// What the rest of the app may use from groups.
export { groupsModule } from './module';
