// English strings of the members page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Members',
  title: 'Members',
  intro: 'The people who make the organisation work, and their role in Tutti.',
  invite: 'Invite someone',
  list: 'Members list',
  you: 'you',
  since: 'Member since {{date}}',
  role: 'Role',
  changeRole: 'Change role',
  changeRoleOf: 'Change role of {{name}}',
  changeRoleTitle: 'Role of {{name}}',
  remove: 'Remove',
  removeNamed: 'Remove {{name}}',
  removeTitle: 'Remove {{name}} from the organisation?',
  removeText:
    '{{name}} will no longer have access to the organisation. Their account stays open: you can invite them again.',
  removed: '{{name}} was removed from the organisation.',
  roleChanged: 'The role of {{name}} is now: {{role}}.',
};
