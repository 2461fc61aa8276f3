// French strings of the backups page; the reference the other languages follow.

export const fr = {
  nav: 'Sauvegardes',
  title: 'Sauvegardes',
  intro:
    'Tutti sauvegarde chaque jour toute la base et les fichiers de cette installation dans une archive. Voici les dernières sauvegardes, et comment restaurer.',
  statusTitle: 'État',
  lastGood: 'Dernière sauvegarde réussie',
  lastGoodValue: '{{date}} ({{size}})',
  noneYet: 'Aucune pour l’instant.',
  schedule: 'Sauvegarde automatique',
  dailyAt: 'Chaque jour à {{time}} (heure du serveur)',
  noSchedule:
    'Désactivée (TUTTI_BACKUP_DAILY_AT=off) : seules les sauvegardes demandées ici ont lieu.',
  kept: 'Archives conservées',
  keptValue_one: 'La dernière, dans',
  keptValue_many: 'Les {{count}} dernières, dans',
  keptValue_other: 'Les {{count}} dernières, dans',
  mediaInBucket:
    'Les médias sont dans un stockage S3 : ils ne sont pas dans les archives. Sauvegardez ce stockage avec ses propres outils (versions).',
  backUpNow: 'Sauvegarder maintenant',
  running: 'Sauvegarde en cours…',
  asked: 'Sauvegarde demandée : elle commence dans quelques secondes.',
  lastFailed: 'La sauvegarde du {{date}} a échoué',
  interrupted: 'Interrompue : le serveur s’est arrêté pendant la sauvegarde.',
  runsTitle: 'Dernières sauvegardes',
  noRun:
    'Aucune sauvegarde pour l’instant. La première aura lieu à l’heure prévue, ou maintenant si vous la demandez.',
  state: { running: 'En cours', succeeded: 'Réussie', failed: 'Échouée' },
  trigger: { schedule: 'Automatique', request: 'Demandée' },
  contents: '{{size}} · {{tables}} tables · {{rows, number}} lignes · {{files, number}} fichiers',
  inProgress: 'Lecture de la base et des fichiers…',
  archiveRemoved_one: 'Archive supprimée : seule la plus récente est conservée.',
  archiveRemoved_many: 'Archive supprimée : seules les {{count}} plus récentes sont conservées.',
  archiveRemoved_other: 'Archive supprimée : seules les {{count}} plus récentes sont conservées.',
  restoreTitle: 'Mettre les archives à l’abri et restaurer',
  copyOff:
    'Une archive contient les données de toutes les structures de cette installation : elle ne se télécharge pas ici. Copiez régulièrement le dossier des archives hors de cette machine (un autre disque, un autre lieu).',
  restoreText:
    'Pour restaurer, sur une installation vide de la même version de Tutti, serveur arrêté :',
  restoreChecks:
    'La restauration compare ensuite chaque table et chaque fichier avec l’archive, et s’arrête à la moindre différence.',
};

declare module 'i18next' {
  interface ResourceNamespaceMap {
    backups: typeof fr;
  }
}
