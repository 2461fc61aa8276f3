// German strings of the members page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Mitglieder',
  title: 'Mitglieder',
  intro: 'Die Menschen, die die Organisation tragen, und ihre Rolle in Tutti.',
  invite: 'Person einladen',
  list: 'Mitgliederliste',
  you: 'Sie',
  since: 'Mitglied seit {{date}}',
  role: 'Rolle',
  changeRole: 'Rolle ändern',
  changeRoleOf: 'Rolle ändern von {{name}}',
  changeRoleTitle: 'Rolle von {{name}}',
  remove: 'Entfernen',
  removeNamed: 'Entfernen: {{name}}',
  removeTitle: '{{name}} aus der Organisation entfernen?',
  removeText:
    '{{name}} hat dann keinen Zugang mehr zur Organisation. Das Konto bleibt bestehen: Sie können die Person erneut einladen.',
  removed: '{{name}} wurde aus der Organisation entfernt.',
  roleChanged: 'Die Rolle von {{name}} ist jetzt: {{role}}.',
};
