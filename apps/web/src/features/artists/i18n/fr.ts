// French strings of the artist pages: list, creation, and the form with skills, travel and
// availability; the reference the other languages follow.

export const fr = {
  nav: 'Artistes',
  title: 'Artistes intervenant·es',
  intro: 'Ce que chacun·e joue et anime, d’où il ou elle part, comment et quand.',
  new: 'Nouvel·le artiste',
  newTitle: 'Nouvel·le artiste intervenant·e',
  list: 'Liste des artistes',
  empty: 'Aucun·e artiste ne correspond.',
  searchLabel: 'Nom, instrument ou commune',
  skillFilter: 'Sait animer',
  maxTravel: '{{count}} km/jour au plus',
  linked: 'Compte Tutti',
  form: {
    displayName: 'Nom',
    email: 'Adresse e-mail',
    instruments: 'Instruments et disciplines',
    instrumentsHint: 'Séparés par des virgules, par exemple : violoncelle, chant.',
    skills: 'Séances qu’il ou elle peut animer',
    home: 'Commune de départ',
    transportMode: 'Moyen de transport habituel',
    maxTravelKmPerDay: 'Distance maximale par jour (km)',
    maxTravelHint: 'Aller et retour compris ; vide si aucune limite.',
    user: 'Compte Tutti lié',
    userHint: 'Un membre avec le rôle artiste : il ou elle verra sa journée et fera l’émargement.',
    noUser: 'Aucun',
    availability: 'Disponibilités hebdomadaires',
    availabilityHint: 'Sans aucun créneau, l’artiste est considéré·e disponible tous les jours.',
    unavailability: 'Indisponibilités',
    unavailabilityHint: 'Tournées, congés, formations… : aucune séance ces jours-là.',
    create: 'Créer la fiche',
    saved: 'Fiche enregistrée.',
  },
  detail: {
    back: 'Tous les artistes',
    archive: 'Archiver',
    unarchive: 'Désarchiver',
    archivedNotice: 'Cette fiche est archivée : elle n’apparaît plus dans les listes.',
    delete: 'Supprimer',
    deleteTitle: 'Supprimer la fiche de {{name}} ?',
    deleteText:
      'La fiche, ses disponibilités et indisponibilités seront supprimées. Le compte Tutti lié reste ouvert.',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    artists: typeof fr;
  }
}
