// English strings of the backups page.
import type { SameKeys } from '@/lib/i18n/translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = {
  nav: 'Backups',
  title: 'Backups',
  intro:
    'Every day, Tutti backs up the whole database and the files of this installation into one archive. Here are the latest backups, and how to restore.',
  statusTitle: 'Status',
  lastGood: 'Last successful backup',
  lastGoodValue: '{{date}} ({{size}})',
  noneYet: 'None yet.',
  schedule: 'Automatic backup',
  dailyAt: 'Every day at {{time}} (server time)',
  noSchedule: 'Off (TUTTI_BACKUP_DAILY_AT=off): only backups asked for here take place.',
  kept: 'Archives kept',
  keptValue_one: 'The latest, in',
  keptValue_other: 'The latest {{count}}, in',
  mediaInBucket:
    'Media are in an S3 store: they are not in the archives. Back that store up with its own tools (versioning).',
  backUpNow: 'Back up now',
  running: 'Backup running…',
  asked: 'Backup asked for: it starts in a few seconds.',
  lastFailed: 'The backup of {{date}} failed',
  interrupted: 'Interrupted: the server stopped during the backup.',
  runsTitle: 'Latest backups',
  noRun: 'No backup yet. The first one runs at the scheduled time, or now if you ask for it.',
  state: { running: 'Running', succeeded: 'Succeeded', failed: 'Failed' },
  trigger: { schedule: 'Automatic', request: 'Asked for' },
  contents: '{{size}} · {{tables}} tables · {{rows, number}} rows · {{files, number}} files',
  inProgress: 'Reading the database and the files…',
  archiveRemoved_one: 'Archive removed: only the most recent one is kept.',
  archiveRemoved_other: 'Archive removed: only the {{count}} most recent are kept.',
  restoreTitle: 'Keeping archives safe and restoring',
  copyOff:
    'An archive holds the data of every organisation of this installation: it cannot be downloaded here. Copy the archives folder off this machine regularly (another disk, another place).',
  restoreText:
    'To restore, on an empty installation of the same Tutti version, with the server stopped:',
  restoreChecks:
    'The restore then compares every table and every file with the archive, and stops at the slightest difference.',
};
