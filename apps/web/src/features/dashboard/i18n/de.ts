// German strings of the dashboard.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = {
  nav: 'Übersicht',
  title: 'Übersicht',
  welcome: 'Hallo {{name}}',
  intro: '{{org}} · Ihre Rolle: {{role}}',
  demo: 'Demo-Organisation: Ihre Daten sind erfunden und können zurückgesetzt werden.',
  figures: 'In Zahlen',
  shortcuts: 'Schnellzugriff',
  nothingYet:
    'Die Werkzeuge Ihrer Rolle (Projekte, Termine, Anwesenheit…) erscheinen hier mit den nächsten Versionen von Tutti.',
};
