// What the app and other modules may use from member invitations: its routes, for the app to mount.

export { memberInvitationsRetention } from './member-invitations.retention';
export { registerMemberInvitationRoutes } from './member-invitations.routes';
