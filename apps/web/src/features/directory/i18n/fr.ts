// French strings of the directory of amateur practice: the reference the other languages follow.
export const fr = {
  nav: 'Annuaire',
  title: 'Annuaire des pratiques',
  intro:
    'Les chorales, fanfares, harmonies, orchestres et écoles de musique que les participant·es peuvent rejoindre après un parcours. Chaque fiche est confirmée par l’ensemble tous les six mois, et quitte les pages publiques après douze mois sans confirmation.',
  searchLabel: 'Nom ou commune',
  kindFilter: 'Type',
  view: {
    label: 'Afficher',
    all: 'Toutes les fiches',
    pending: 'Propositions à relire',
    due: 'À reconfirmer (plus de 6 mois)',
    hidden: 'Masquées (plus de 12 mois)',
  },
  count_one: '{{count}} fiche',
  count_other: '{{count}} fiches',
  count_many: '{{count}} fiches',
  empty: 'Aucune fiche ici.',
  list: 'Fiches de l’annuaire',
  pending: 'Proposition à relire',
  confirmation: { current: 'À jour', due: 'À reconfirmer', hidden: 'Masquée' },
  source: { organisation: 'Créée par l’équipe', import: 'Importée', proposal: 'Proposée' },
  confirmedOn: 'confirmée le {{date}}',
  approve: 'Publier « {{name}} »',
  confirm: 'Confirmer « {{name}} » (après appel)',
  support: {
    title: 'Demandes d’aide pour lancer un ensemble',
    empty: 'Aucune demande pour le moment.',
  },
  forGroup: {
    link: 'Pour un groupe',
    title: 'Que rejoindre après le parcours ?',
    intro:
      'Les ensembles à portée de la commune du groupe, qui accueillent son âge, du plus adapté au plus éloigné.',
    group: 'Groupe',
    choose: 'Choisir un groupe',
    radius: 'Rayon de {{km}} km autour de {{commune}} (commune {{area}}).',
    area: { dense: 'dense', intermediate: 'intermédiaire', rural: 'rurale' },
    estimatedDensity: 'Densité estimée d’après la population (grille INSEE non importée).',
    estimate: 'Durées estimées en voiture (vol d’oiseau × 1,3 à 60 km/h).',
    routed: 'Durées en voiture calculées par OSRM.',
    km: '{{km}} km',
    minutes_one: 'environ {{count}} min',
    minutes_other: 'environ {{count}} min',
    minutes_many: 'environ {{count}} min',
    nothing: 'Rien à moins de {{km}} km de {{commune}} pour ce groupe.',
    nearest: 'Le plus proche : {{name}} ({{commune}}, {{km}} km).',
    startTitle: 'Lancer un chœur ici',
    startIntro:
      'Les salles connues de l’association à portée, pour les premières répétitions ; le kit public « Lancer un chœur ici » donne les étapes.',
    noVenue: 'Aucune salle connue à portée : la mairie est le premier contact.',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    directory: typeof fr;
  }
}
