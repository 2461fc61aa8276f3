// French strings of the media page; the reference the other languages follow.

export const fr = {
  nav: 'Médias',
  title: 'Médias',
  intro:
    'Enregistrements, partitions, photos et documents de la structure. Chaque fichier est vérifié et nettoyé (métadonnées retirées) avant d’être visible.',
  readerIntro: 'Enregistrements, partitions, photos et documents partagés par la structure.',
  uploadTitle: 'Envoyer un fichier',
  use: 'Usage',
  uses: {
    recording: 'Enregistrement',
    score: 'Partition',
    image: 'Photo ou affiche',
    document: 'Document',
  },
  useHints: {
    recording: 'Audio ou vidéo, 1 Go au plus.',
    score: 'PDF, JPEG ou PNG, 30 Mo au plus.',
    image: 'JPEG, PNG ou WebP, 20 Mo au plus.',
    document: 'PDF, JPEG, PNG, ODT ou DOCX, 10 Mo au plus.',
  },
  file: 'Fichier',
  fileHint:
    'Si la connexion coupe, l’envoi reprend tout seul là où il s’était arrêté ; après un rechargement, choisissez le même fichier pour le reprendre.',
  fileRequired: 'Choisissez un fichier.',
  fileTooLarge: 'Ce fichier dépasse {{limit}} pour cet usage.',
  send: 'Envoyer',
  sending: 'Envoi de « {{name}} »',
  sentOf: '{{sent}} sur {{total}}',
  retrying: 'Connexion perdue : reprise dès que possible…',
  sendFailed: 'L’envoi de « {{name}} » a échoué : {{reason}}',
  dismiss: 'Fermer',
  listTitle: 'Fichiers',
  listCaption: 'Fichiers de la structure, du plus récent au plus ancien',
  empty: 'Aucun fichier pour l’instant.',
  emptyManager: 'Aucun fichier pour l’instant : envoyez le premier ci-dessus.',
  kind: { audio: 'Audio', video: 'Vidéo', image: 'Image', document: 'Document' },
  status: {
    uploading: 'Envoi en cours',
    processing: 'Traitement {{progress}} %',
    ready: 'Prêt',
    rejected: 'Refusé',
    failed: 'Échec',
  },
  processingLabel: 'Traitement de « {{name}} »',
  problem: {
    unsupportedType: 'Le contenu du fichier n’est pas un format accepté pour cet usage.',
    needsFfmpeg:
      'Ce serveur ne peut pas nettoyer ce fichier (ffmpeg n’y est pas installé) : il n’est pas publié.',
    processingFailed: 'Le fichier n’a pas pu être traité ; il est peut-être abîmé.',
    other: 'Le fichier n’a pas pu être publié.',
  },
  uploadedOn: 'Envoyé le {{date}}',
  lightAudio: 'Écoute en version légère (Opus, son égalisé), adaptée aux connexions lentes.',
  playerLabel: 'Écouter « {{name}} »',
  videoLabel: 'Regarder « {{name}} »',
  open: 'Ouvrir',
  download: 'Télécharger l’original',
  noTranscoding:
    'Ce serveur n’a pas ffmpeg : les enregistrements sont lus tels qu’envoyés, sans version légère. Rien n’est perdu.',
  delete: 'Supprimer',
  deleteLabel: 'Supprimer « {{name}} »',
  deleteTitle: 'Supprimer ce fichier ?',
  deleteText: '« {{name}} » et toutes ses versions seront supprimés définitivement.',
  cancelUpload: 'Annuler l’envoi',
  quotaTitle: 'Espace de stockage',
  quotaUsed: '{{used}} utilisés sur {{total}} ({{percent}})',
  quotaLabel: 'Espace de stockage utilisé',
  quotaNote:
    'Les versions légères et les tailles d’affichage comptent aussi ; un envoi en cours compte pour sa taille annoncée.',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    media: typeof fr;
  }
}
