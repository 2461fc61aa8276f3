// French strings of the participant pages: list, detail, enrolment, guardian consent and access
// needs; the reference the other languages follow.

export const fr = {
  nav: 'Participant·es',
  title: 'Participant·es',
  intro:
    'Les personnes inscrites dans les groupes : le minimum d’informations, et l’autorisation parentale des mineur·es.',
  new: 'Inscrire une personne',
  newTitle: 'Inscrire une personne',
  list: 'Liste des participant·es',
  empty: 'Aucune personne ne correspond.',
  emptyGroup:
    'Personne n’est encore inscrit dans ce groupe : inscrivez une personne, ou importez la liste du groupe depuis Imports.',
  count_one: '{{count}} personne',
  count_other: '{{count}} personnes',
  count_many: '{{count}} personnes',
  filters: 'Filtrer les participant·es',
  search: 'Prénom ou nom (une partie suffit)',
  searchButton: 'Rechercher',
  group: 'Groupe',
  allGroups: 'Tous les groupes',
  ageBand: 'Tranche d’âge',
  allAgeBands: 'Toutes',
  consent: 'Autorisation parentale',
  allConsents: 'Toutes',
  minor: 'Mineur·e',
  archived: 'Archivé·e',
  anonymised: 'Anonymisé·e',
  ageBands: {
    '0-2': '0-2 ans',
    '3-5': '3-5 ans',
    '6-10': '6-10 ans',
    '11-14': '11-14 ans',
    '15-17': '15-17 ans',
    '18-25': '18-25 ans',
    '26-64': '26-64 ans',
    '65+': '65 ans et plus',
  },
  consentStatus: {
    not_required: 'Non requise (majeur·e)',
    given: 'Autorisation donnée',
    missing: 'Autorisation manquante',
  },
  form: {
    group: 'Groupe',
    firstName: 'Prénom',
    lastName: 'Nom (facultatif)',
    lastNameHint: 'Le prénom suffit souvent : ne demandez que ce qui sert.',
    ageBand: 'Tranche d’âge',
    commune: 'Commune de résidence (facultatif)',
    withConsent: 'L’autorisation parentale est remise avec l’inscription',
    accessNeeds: 'Besoins d’accessibilité (facultatif)',
    accessNeedsHint:
      'Donnée sensible : visible seulement des administrateur·rices, des coordinateur·rices et des artistes de ses séances.',
    create: 'Inscrire',
  },
  consentForm: {
    legend: 'Autorisation parentale',
    guardianName: 'Nom du ou de la responsable légal·e',
    givenOn: 'Date de signature',
    method: 'Recueillie',
    purposes: 'Pour',
    add: 'Enregistrer l’autorisation',
    addTitle: 'Nouvelle autorisation parentale',
  },
  methods: { paper: 'sur papier', online: 'en ligne', email: 'par e-mail' },
  purposes: {
    participation: 'participer aux ateliers et concerts',
    photos: 'être photographié·e',
    audio_video: 'être enregistré·e (son, vidéo)',
    evaluation: 'répondre aux questionnaires d’évaluation',
    handover: 'être présenté·e à un ensemble',
    follow_up: 'être recontacté·e après le parcours',
  },
  detail: {
    back: 'Tous les participant·es',
    facts: 'Fiche',
    group: 'Groupe',
    ageBand: 'Tranche d’âge',
    commune: 'Commune',
    retainUntil: 'Conservée jusqu’au',
    retainHint:
      'Règle : jusqu’au 31 août de l’année qui suit la fin de l’année scolaire d’inscription ; la fiche est ensuite anonymisée.',
    edit: 'Modifier',
    editTitle: 'Modifier la fiche de {{name}}',
    archive: 'Archiver',
    unarchive: 'Désarchiver',
    delete: 'Supprimer',
    deleteTitle: 'Supprimer la fiche de {{name}} ?',
    deleteText:
      'La fiche, ses autorisations et ses besoins d’accessibilité seront supprimés. Une personne qui a des présences est anonymisée plutôt que supprimée.',
    anonymise: 'Anonymiser',
    anonymiseTitle: 'Anonymiser la fiche de {{name}} ?',
    anonymiseText:
      'Le nom, la commune, les autorisations et les besoins d’accessibilité sont effacés ; le groupe, la tranche d’âge et les présences restent pour les statistiques. C’est définitif.',
    anonymisedNotice: 'Cette fiche est anonymisée.',
    archivedNotice: 'Cette fiche est archivée : elle n’apparaît plus dans les listes.',
  },
  consents: {
    title: 'Autorisations parentales',
    none: 'Aucune autorisation enregistrée.',
    notRequired: 'Cette personne est majeure : aucune autorisation parentale n’est requise.',
    missingNotice:
      'Mineur·e sans autorisation en cours pour participer : à demander à la famille avant la prochaine séance.',
    given: 'Signée le {{date}} par {{name}}, {{method}}',
    givenUnnamed: 'Signée le {{date}}, {{method}}',
    importedFrom: 'importée de « {{file}} », ligne {{line}}',
    withdrawnOn: 'Retirée le {{date}}',
    current: 'En cours',
    add: 'Ajouter une autorisation',
    withdraw: 'Retirer',
    withdrawNamed: 'Retirer l’autorisation signée par {{name}}',
    withdrawDated: 'Retirer l’autorisation signée le {{date}}',
    withdrawTitle: 'Retrait de l’autorisation',
    withdrawnOnLabel: 'Date du retrait',
    withdrawConfirm: 'Enregistrer le retrait',
  },
  accessNeeds: {
    title: 'Besoins d’accessibilité',
    intro:
      'Donnée sensible, conservée à part : seuls les administrateur·rices, les coordinateur·rices et les artistes de ses séances la voient.',
    none: 'Aucun besoin noté.',
    label: 'Besoins',
    save: 'Enregistrer',
    clear: 'Effacer',
    updated: 'Mis à jour le {{date}}',
    saved: 'Besoins d’accessibilité enregistrés.',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    participants: typeof fr;
  }
}
