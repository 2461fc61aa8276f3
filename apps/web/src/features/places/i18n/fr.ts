// French strings of the building blocks shared by partners, venues and artists: address, commune,
// weekly availability and date ranges; the reference the other languages follow.

export const fr = {
  address: {
    line: 'Adresse',
    postalCode: 'Code postal',
    coordinates: 'Position sur la carte',
    coordinatesHint: 'Remplie avec le centre de la commune ; précisez-la si vous la connaissez.',
    latitude: 'Latitude',
    longitude: 'Longitude',
  },
  windows: {
    add: 'Ajouter un créneau',
    weekday: 'Jour',
    from: 'De',
    to: 'À',
    toHint: '00:00 signifie minuit (fin de journée).',
    remove: 'Retirer',
    removeNamed: 'Retirer le créneau {{index}}',
    endBeforeStart: 'L’heure de fin doit être après l’heure de début.',
    row: 'Créneau {{index}}',
  },
  ranges: {
    add: 'Ajouter une période',
    from: 'Du',
    to: 'Au',
    reason: 'Motif',
    remove: 'Retirer',
    removeNamed: 'Retirer la période {{index}}',
    endBeforeStart: 'La date de fin doit être le même jour ou après la date de début.',
    row: 'Période {{index}}',
  },
  archived: 'Archivé',
  showArchived: 'Afficher les éléments archivés',
  search: 'Rechercher',
  filters: 'Filtrer la liste',
  allTypes: 'Tous',
  count_one: '{{count}} résultat',
  count_other: '{{count}} résultats',
  count_many: '{{count}} résultats',
  pageOf: 'Page {{page}} sur {{pages}}',
  pagination: 'Pagination',
  inUse:
    'Suppression impossible : {{list}} s’y rattachent. L’archivage le retire des listes sans perdre son historique.',
  dependents: {
    projects_one: '{{count}} projet',
    projects_other: '{{count}} projets',
    projects_many: '{{count}} projets',
    groups_one: '{{count}} groupe',
    groups_other: '{{count}} groupes',
    groups_many: '{{count}} groupes',
    venues_one: '{{count}} lieu',
    venues_other: '{{count}} lieux',
    venues_many: '{{count}} lieux',
    sessions_one: '{{count}} séance',
    sessions_other: '{{count}} séances',
    sessions_many: '{{count}} séances',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    places: typeof fr;
  }
}
