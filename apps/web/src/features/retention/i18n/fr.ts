// French strings of the retention page; the reference the other languages follow.

export const fr = {
  nav: 'Conservation',
  title: 'Conservation des données',
  intro:
    'Tutti efface ou anonymise chaque nuit les données personnelles dont la durée de conservation est écoulée. Rien n’est à faire de votre part ; voici les règles appliquées et ce que les dernières purges ont retiré.',
  rulesTitle: 'Règles de conservation',
  rulesCaption: 'Durée de conservation de chaque type de donnée personnelle',
  keptLabel: 'Conservées',
  records: {
    participants:
      'Participants : nom, commune, consentements des responsables légaux, besoins d’accès',
    concertOrders: 'Réservations de concert : nom, e-mail, téléphone, besoins d’accès',
    spaceReminders: 'Rappels des séances demandés par les familles (adresse e-mail, langue)',
    supportRequests: 'Demandes d’aide pour créer un ensemble (nom, e-mail, téléphone, message)',
    callApplications: 'Candidatures aux appels : nom, adresse, réponses, motif de la décision',
    partnerContacts: 'Contacts des partenaires',
    rightsRequests: 'Demandes des personnes sur leurs données (type, dates, réponse)',
    memberInvitations: 'Invitations à rejoindre la structure (adresse e-mail)',
    importFiles: 'Lignes des fichiers importés en attente de validation',
    outboxMessages: 'Courriels envoyés ou conservés',
    choirMessages: 'Messages du chœur aux choristes (texte, qui les a lus)',
    choirScoreLoans: 'Partitions prêtées aux choristes (qui, combien, quand, note)',
    logins: 'Connexions (navigateurs connectés)',
    accountTokens: 'Liens de réinitialisation et de vérification envoyés par e-mail',
    auditEvents:
      'Journal d’audit : lectures des besoins d’accès, exports, changements de rôle (sans leur contenu)',
    retentionReports: 'Comptes rendus des purges (chiffres seulement)',
  },
  short: {
    participants: 'Participants',
    concertOrders: 'Réservations',
    spaceReminders: 'Rappels',
    supportRequests: 'Demandes d’aide',
    callApplications: 'Candidatures',
    partnerContacts: 'Contacts',
    rightsRequests: 'Demandes',
    memberInvitations: 'Invitations',
    importFiles: 'Imports',
    outboxMessages: 'Courriels',
    choirMessages: 'Messages du chœur',
    choirScoreLoans: 'Prêts de partitions',
    logins: 'Connexions',
    accountTokens: 'Liens',
    auditEvents: 'Journal d’audit',
    retentionReports: 'Comptes rendus',
  },
  kept: {
    participants: 'jusqu’à la fin de l’année scolaire qui suit la dernière inscription',
    concertOrders: '90 jours après le concert (les places et tarifs restent, sans nom)',
    spaceReminders:
      '30 jours après la dernière séance du parcours (30 jours après la demande si elle n’a pas été confirmée)',
    supportRequests:
      '6 mois après leur traitement (1 an après l’envoi si personne ne les a traitées) ; la commune et les dates restent pour la carte, sans nom',
    callApplications:
      '1 an après l’envoi des résultats (ou la clôture d’un appel sans résultats), une fois les enregistrements supprimés ; les brouillons sont supprimés, les notes du jury restent sous le code, sans nom',
    partnerContacts: '3 ans après l’archivage du partenaire',
    rightsRequests:
      '3 ans après la réponse (les notes sont effacées dès que la personne est anonymisée)',
    memberInvitations: '90 jours après acceptation, révocation ou expiration',
    importFiles: '7 jours après l’envoi du fichier (effacées dès l’import validé ou abandonné)',
    outboxMessages: '90 jours après l’écriture (sauf ceux en attente d’envoi)',
    choirMessages: '1 an après l’envoi',
    choirScoreLoans: '1 an après le retour (note effacée dès l’anonymisation du ou de la choriste)',
    logins: 'jusqu’à expiration (30 jours sans utilisation)',
    accountTokens: '7 jours après utilisation ou expiration',
    auditEvents: '1 an après l’événement',
    retentionReports: '400 jours',
  },
  action: { anonymise: 'anonymisées', delete: 'supprimées' },
  anonymiseNote:
    'Anonymiser garde les présences et la tranche d’âge pour les statistiques, sans rien qui permette de retrouver la personne.',
  accountNote: 'Données des comptes personnels, communes à toutes les structures.',
  reportsTitle: 'Dernières purges',
  reportsCaption: 'Enregistrements retirés par purge quotidienne, pour votre structure',
  noReport:
    'Aucune purge n’a encore eu lieu. Elle s’exécute chaque nuit à 3 h 17 ; un administrateur du serveur peut aussi la lancer avec « npm run retention:purge ».',
  date: 'Date',
  total: 'Total',
  nothing: 'Rien à retirer',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    retention: typeof fr;
  }
}
