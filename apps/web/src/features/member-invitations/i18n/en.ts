// English strings of member invitations: sending them, and accepting one from its link.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Invitations',
  title: 'Invitations',
  intro:
    'Invite the team, artists and relay persons. Each person receives a personal link by e-mail to join the organisation.',
  form: {
    title: 'Invite someone',
    email: 'E-mail address',
    role: 'Role',
    roleHint: 'The role decides what the person sees and can do. You can change it later.',
    submit: 'Send the invitation',
    sent: 'Invitation sent to {{email}}.',
    outboxHint: 'You can read the message sent in E-mails.',
  },
  list: {
    title: 'Invitations sent',
    empty: 'No invitations yet.',
    sentOn: 'Sent on {{date}}',
    expiresOn: 'expires on {{date}}',
    revoke: 'Revoke',
    revokeNamed: 'Revoke the invitation of {{email}}',
    revokeTitle: 'Revoke the invitation?',
    revokeText: 'The link sent to {{email}} will stop working.',
    revoked: 'The invitation of {{email}} is revoked.',
  },
  status: {
    pending: 'Pending',
    accepted: 'Accepted',
    expired: 'Expired',
    revoked: 'Revoked',
  },
  accept: {
    title: 'Invitation',
    intro: '{{org}} invites you to join Tutti. Role offered: {{role}}.',
    signedInAs: 'You are signed in as {{email}}.',
    otherAccount:
      'This invitation was sent to another address ({{email}}). To accept it, sign out, then sign in with that address.',
    join: 'Join {{org}}',
    hasAccount: 'A Tutti account already exists for {{email}}. Sign in to accept the invitation.',
    signIn: 'Sign in to accept',
    newAccount: 'Create your account to join the organisation.',
    createAndJoin: 'Create my account and join',
    goToOrganisation: 'Go to the organisation',
    backHome: 'Back to the home page',
  },
};
