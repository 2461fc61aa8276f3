// French strings of the venue pages: list, creation, and the form with accessibility, equipment and
// availability; the reference the other languages follow.

export const fr = {
  nav: 'Lieux',
  title: 'Lieux',
  intro:
    'Salles des fêtes, gymnases, écoles, églises, théâtres… où ont lieu les ateliers et les concerts.',
  new: 'Nouveau lieu',
  newTitle: 'Nouveau lieu',
  list: 'Liste des lieux',
  empty: 'Aucun lieu ne correspond.',
  searchLabel: 'Nom, commune ou code postal',
  kindFilter: 'Type de lieu',
  capacity_one: '{{count}} place',
  capacity_other: '{{count}} places',
  capacity_many: '{{count}} places',
  stepFree: 'Plain-pied',
  kinds: {
    community_hall: 'Salle des fêtes / salle polyvalente',
    sports_hall: 'Gymnase',
    school: 'École',
    church: 'Église',
    theatre: 'Théâtre',
    concert_hall: 'Salle de concert',
    social_centre: 'Centre social',
    nursing_home: 'EHPAD',
    outdoor: 'Plein air',
    other: 'Autre',
  },
  equipment: {
    piano: 'Piano',
    sound_system: 'Sonorisation',
    stage: 'Scène',
    projector: 'Vidéoprojecteur',
    chairs: 'Chaises',
    dressing_room: 'Loge',
    blackout: 'Occultation',
    wifi: 'Wi-Fi',
  },
  form: {
    identity: 'Le lieu',
    name: 'Nom du lieu',
    kind: 'Type',
    partner: 'Structure partenaire',
    partnerHint: 'La structure qui gère ou prête le lieu.',
    noPartner: 'Aucune',
    place: 'Adresse',
    capacity: 'Capacité (personnes)',
    timeZone: 'Fuseau horaire',
    timeZoneHint: 'Les horaires du lieu et des séances se lisent dans ce fuseau.',
    access: 'Accessibilité',
    stepFreeAccess: 'Accès de plain-pied (sans marche)',
    accessibleToilets: 'Toilettes accessibles',
    hearingLoop: 'Boucle magnétique',
    accessibleParking: 'Stationnement réservé',
    lift: 'Ascenseur',
    accessNotes: 'Précisions sur l’accessibilité',
    equipment: 'Équipement',
    availability: 'Créneaux d’ouverture',
    availabilityHint: 'Sans aucun créneau, le lieu est considéré comme ouvert tous les jours.',
    blackouts: 'Fermetures',
    blackoutsHint: 'Travaux, vacances, élections… : aucune séance ces jours-là.',
    notes: 'Notes',
    create: 'Créer le lieu',
    saved: 'Lieu enregistré.',
  },
  detail: {
    back: 'Tous les lieux',
    archive: 'Archiver',
    unarchive: 'Désarchiver',
    archivedNotice: 'Ce lieu est archivé : il n’apparaît plus dans les listes.',
    delete: 'Supprimer',
    deleteTitle: 'Supprimer {{name}} ?',
    deleteText:
      'Le lieu, ses créneaux et ses fermetures seront supprimés. Cette action est définitive.',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    venues: typeof fr;
  }
}
