// What the rest of the app may use from member invitations.
export { memberInvitationsModule } from './module';
