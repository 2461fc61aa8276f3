// French strings of a person's rights; the reference the other languages follow.

export const fr = {
  nav: 'Droits des personnes',
  title: 'Droits des personnes',
  intro:
    'Chaque demande d’une personne sur ses données (accès, effacement, rectification, opposition) est notée ici avec sa date de réception. La loi donne un mois pour répondre (RGPD, article 12).',
  howToRecord: 'Pour noter une nouvelle demande, ouvrez la fiche de la personne.',
  toParticipants: 'Voir les participants',
  overdueCount_one: '{{count}} demande a dépassé son délai de réponse.',
  overdueCount_many: '{{count}} demandes ont dépassé leur délai de réponse.',
  overdueCount_other: '{{count}} demandes ont dépassé leur délai de réponse.',
  logTitle: 'Demandes reçues',
  filter: 'Afficher',
  none: 'Aucune demande.',
  erasedPerson: 'Personne effacée',
  receivedOn: 'Reçue le {{date}}',
  by: 'par {{name}}',
  dueOn: 'réponse due le {{date}}',
  answeredOn: 'répondue le {{date}} : {{outcome}}',
  answer: 'Noter la réponse',
  answerNamed: 'Noter la réponse à la demande « {{kind}} » reçue le {{date}}',
  answerTitle: 'Réponse à la demande : {{kind}}',
  answeredOnLabel: 'Date de la réponse',
  outcomeLabel: 'Suite donnée',
  answerConfirm: 'Enregistrer la réponse',
  rectify: 'Corriger la fiche',
  rectifyHint: 'Corrigez la fiche depuis la page de la personne (bouton « Modifier »).',
  lawTitle: 'Ce que dit la loi',
  law: {
    delay:
      'Répondez dans un délai d’un mois après réception ; ce délai peut être prolongé de deux mois pour une demande complexe, en prévenant la personne.',
    erasure:
      'L’effacement retire le nom, les responsables légaux, les besoins d’accessibilité et les liens envoyés ; seuls restent des chiffres sans nom pour les bilans.',
    rectification:
      'Une rectification se fait en modifiant la fiche ; notez ensuite la réponse ici.',
  },
  states: {
    all: 'Toutes les demandes',
    open: 'En cours',
    overdue: 'En retard',
    answered: 'Répondue',
  },
  kinds: {
    access: 'Accès à ses données',
    erasure: 'Effacement',
    rectification: 'Rectification',
    objection: 'Opposition',
  },
  outcomes: {
    done: 'faite',
    partly_done: 'faite en partie',
    refused: 'refusée',
    withdrawn: 'retirée par la personne',
  },
  card: {
    title: 'Droits de la personne',
    intro:
      'La personne ou ses responsables légaux peuvent demander ce que nous gardons sur elle, le faire corriger ou effacer.',
    exportPdf: 'Exporter ses données (PDF)',
    exportJson: 'Exporter ses données (JSON)',
    record: 'Noter une demande',
    erase: 'Effacer',
    requests: 'Demandes de cette personne',
    noRequest: 'Aucune demande notée pour cette personne.',
  },
  form: {
    title: 'Noter une demande',
    kind: 'Demande',
    receivedOn: 'Reçue le',
    receivedOnHint: 'La réponse est due un mois plus tard.',
    note: 'Note (facultatif)',
    noteHint: 'Par exemple : reçue par courrier. Effacée avec la personne.',
    submit: 'Noter la demande',
  },
  applicant: {
    open: 'Données',
    openFor: 'Données personnelles de la candidature {{code}}',
    title: 'Données personnelles — candidature {{code}}',
    intro:
      'L’export et l’effacement portent sur toutes les candidatures envoyées depuis l’adresse de cette personne.',
    eraseTitle: 'Effacer',
  },
  erasure: {
    title: 'Effacer {{name}}',
    doneTitle: 'Effacement fait',
    done: 'Les données de la personne ont été effacées.',
    removed: 'Sera effacé',
    removedDone: 'A été effacé',
    kept: 'Est gardé, sans nom',
    nothingLeft: 'Plus rien à effacer.',
    answers: 'Cet effacement répond à',
    requestOf: 'la demande du {{date}}',
    noRequest: 'aucune demande notée',
    irreversible: 'L’effacement est définitif : il ne peut pas être annulé.',
    confirm: 'Effacer définitivement',
  },
  removed: {
    identity_one: 'Le prénom, le nom et la commune',
    identity_many: 'Le prénom, le nom et la commune',
    identity_other: 'Le prénom, le nom et la commune',
    guardians_one: '{{count}} responsable légal et son autorisation',
    guardians_many: '{{count}} responsables légaux et leurs autorisations',
    guardians_other: '{{count}} responsables légaux et leurs autorisations',
    accessNeeds_one: 'Les besoins d’accessibilité',
    accessNeeds_many: 'Les besoins d’accessibilité',
    accessNeeds_other: 'Les besoins d’accessibilité',
    surveyLinks_one: 'Le lien avec {{count}} questionnaire',
    surveyLinks_many: 'Le lien avec {{count}} questionnaires',
    surveyLinks_other: 'Le lien avec {{count}} questionnaires',
    guestLinks_one: '{{count}} lien de connexion envoyé aux responsables',
    guestLinks_many: '{{count}} liens de connexion envoyés aux responsables',
    guestLinks_other: '{{count}} liens de connexion envoyés aux responsables',
    messages_one: '{{count}} message envoyé aux responsables',
    messages_many: '{{count}} messages envoyés aux responsables',
    messages_other: '{{count}} messages envoyés aux responsables',
    requestNotes_one: 'La note de {{count}} demande',
    requestNotes_many: 'Les notes de {{count}} demandes',
    requestNotes_other: 'Les notes de {{count}} demandes',
    handovers_one:
      '{{count}} présentation à un ensemble (ce qu’elle dit, l’adresse, les e-mails envoyés)',
    handovers_many:
      '{{count}} présentations à des ensembles (ce qu’elles disent, l’adresse, les e-mails envoyés)',
    handovers_other:
      '{{count}} présentations à des ensembles (ce qu’elles disent, l’adresse, les e-mails envoyés)',
    concertBookings_one:
      '{{count}} réservation de concert (nom et contact ; les places restent pour les chiffres)',
    concertBookings_many:
      '{{count}} réservations de concert, inscriptions en liste d’attente ou commandes de groupe (noms et contacts ; les places restent pour les chiffres)',
    concertBookings_other:
      '{{count}} réservations de concert, inscriptions en liste d’attente ou commandes de groupe (noms et contacts ; les places restent pour les chiffres)',
    choirMemberships_one:
      'L’inscription à {{count}} chœur (pupitre, contact, réponses, présences, enregistrements)',
    choirMemberships_many:
      'Les inscriptions à {{count}} chœurs (pupitre, contact, réponses, présences, enregistrements)',
    choirMemberships_other:
      'Les inscriptions à {{count}} chœurs (pupitre, contact, réponses, présences, enregistrements)',
    spaceReminders_one: 'L’inscription de {{count}} adresse aux rappels des séances d’un parcours',
    spaceReminders_many:
      'Les inscriptions de {{count}} adresses aux rappels des séances de parcours',
    spaceReminders_other:
      'Les inscriptions de {{count}} adresses aux rappels des séances de parcours',
    supportRequests_one:
      '{{count}} demande d’aide pour créer un ensemble envoyée avec une de ces adresses (nom, contact, message)',
    supportRequests_many:
      'Les {{count}} demandes d’aide pour créer un ensemble envoyées avec ces adresses (nom, contact, message)',
    supportRequests_other:
      'Les {{count}} demandes d’aide pour créer un ensemble envoyées avec ces adresses (nom, contact, message)',
    callApplications_one:
      '{{count}} candidature à un appel (nom, adresse, réponses ; un brouillon est supprimé)',
    callApplications_many:
      '{{count}} candidatures aux appels (noms, adresses, réponses ; les brouillons sont supprimés)',
    callApplications_other:
      '{{count}} candidatures aux appels (noms, adresses, réponses ; les brouillons sont supprimés)',
    callRecordings_one: '{{count}} enregistrement de candidature (le fichier et ses copies)',
    callRecordings_many: '{{count}} enregistrements de candidature (les fichiers et leurs copies)',
    callRecordings_other: '{{count}} enregistrements de candidature (les fichiers et leurs copies)',
  },
  kept: {
    attendance_one: '{{count}} présence à une activité',
    attendance_many: '{{count}} présences aux activités',
    attendance_other: '{{count}} présences aux activités',
    ageBandAndGroup_one: 'La tranche d’âge et le groupe',
    ageBandAndGroup_many: 'La tranche d’âge et le groupe',
    ageBandAndGroup_other: 'La tranche d’âge et le groupe',
    surveyAnswers_one: '{{count}} réponse à un questionnaire, devenue anonyme',
    surveyAnswers_many: '{{count}} réponses aux questionnaires, devenues anonymes',
    surveyAnswers_other: '{{count}} réponses aux questionnaires, devenues anonymes',
    attendanceLog_one: '{{count}} saisie de présence d’un téléphone',
    attendanceLog_many: '{{count}} saisies de présence des téléphones',
    attendanceLog_other: '{{count}} saisies de présence des téléphones',
    requestLog_one: '{{count}} demande (type et dates)',
    requestLog_many: '{{count}} demandes (type et dates)',
    requestLog_other: '{{count}} demandes (type et dates)',
    sharedGuardianAccess_one:
      '{{count}} lien ou message des responsables, qui ont un autre enfant inscrit',
    sharedGuardianAccess_many:
      '{{count}} liens ou messages des responsables, qui ont un autre enfant inscrit',
    sharedGuardianAccess_other:
      '{{count}} liens ou messages des responsables, qui ont un autre enfant inscrit',
    followUpAnswers_one: '{{count}} réponse au suivi après le parcours, devenue anonyme',
    followUpAnswers_many: '{{count}} réponses au suivi après le parcours, devenues anonymes',
    followUpAnswers_other: '{{count}} réponses au suivi après le parcours, devenues anonymes',
    callScores_one: '{{count}} évaluation du jury, sous le code de candidature, sans commentaire',
    callScores_many: '{{count}} évaluations du jury, sous le code de candidature, sans commentaire',
    callScores_other:
      '{{count}} évaluations du jury, sous le code de candidature, sans commentaire',
  },
  reasons: {
    funderStatistics: 'pour les chiffres de fréquentation rendus aux financeurs',
    impactEvaluation: 'pour l’évaluation de l’impact, sans lien avec la personne',
    exactlyOnceSync: 'pour qu’une saisie hors ligne ne soit jamais appliquée deux fois',
    proofOfAnswer: 'pour prouver que la demande a reçu une réponse',
    otherChildren: 'ils servent encore pour un autre enfant',
    callIntegrity:
      'le classement des autres candidats et l’étalonnage des jurés ont été établis avec elles',
  },
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    personRights: typeof fr;
  }
}
