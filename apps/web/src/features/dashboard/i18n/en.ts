// English strings of the dashboard.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Dashboard',
  title: 'Dashboard',
  welcome: 'Hello {{name}}',
  intro: '{{org}} · your role: {{role}}',
  demo: 'Demo organisation: its data is fictitious and may be reset.',
  figures: 'In figures',
  shortcuts: 'Shortcuts',
  nothingYet:
    'The tools of your role (projects, sessions, attendance…) will appear here in the next versions of Tutti.',
};
