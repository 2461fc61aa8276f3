// Strings of the dashboard.
import { defineTranslations } from '@/lib/i18n/translations';

export const dashboardTranslations = defineTranslations({
  fr: {
    nav: 'Tableau de bord',
    title: 'Tableau de bord',
    welcome: 'Bonjour {{name}}',
    intro: '{{org}} · votre rôle : {{role}}',
    demo: 'Structure de démonstration : ses données sont fictives et peuvent être réinitialisées.',
    figures: 'En chiffres',
    shortcuts: 'Accès rapides',
    nothingYet:
      'Les outils de votre rôle (projets, séances, présences…) apparaîtront ici au fil des prochaines versions de Tutti.',
  },
  en: {
    nav: 'Dashboard',
    title: 'Dashboard',
    welcome: 'Hello {{name}}',
    intro: '{{org}} · your role: {{role}}',
    demo: 'Demo organisation: its data is fictitious and may be reset.',
    figures: 'In figures',
    shortcuts: 'Shortcuts',
    nothingYet:
      'The tools of your role (projects, sessions, attendance…) will appear here in the next versions of Tutti.',
  },
  de: {
    nav: 'Übersicht',
    title: 'Übersicht',
    welcome: 'Hallo {{name}}',
    intro: '{{org}} · Ihre Rolle: {{role}}',
    demo: 'Demo-Organisation: Ihre Daten sind erfunden und können zurückgesetzt werden.',
    figures: 'In Zahlen',
    shortcuts: 'Schnellzugriff',
    nothingYet:
      'Die Werkzeuge Ihrer Rolle (Projekte, Termine, Anwesenheit…) erscheinen hier mit den nächsten Versionen von Tutti.',
  },
});

declare module 'i18next' {
  interface ResourceNamespaceMap {
    dashboard: typeof dashboardTranslations.fr;
  }
}
