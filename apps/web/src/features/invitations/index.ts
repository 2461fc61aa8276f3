// What the rest of the app may use from invitations.
export { invitationsModule } from './module';
