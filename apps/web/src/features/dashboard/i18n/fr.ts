// French strings of the dashboard; the reference the other languages follow.

export const fr = {
  nav: 'Tableau de bord',
  title: 'Tableau de bord',
  welcome: 'Bonjour {{name}}',
  intro: '{{org}} · votre rôle : {{role}}',
  demo: 'Structure de démonstration : ses données sont fictives et peuvent être réinitialisées.',
  figures: 'En chiffres',
  shortcuts: 'Accès rapides',
  nothingYet:
    'Les outils de votre rôle (projets, séances, présences…) apparaîtront ici au fil des prochaines versions de Tutti.',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    dashboard: typeof fr;
  }
}
