// Backups: one archive of the database and the files, and its restore into an empty instance.

export { fileDigests } from './archive-files';
export { createBackup } from './backup';
export type { BackupManifest } from './manifest';
export { RestoreRefused, restoreBackup } from './restore';
export { onDatabase, tableDigests } from './table-digest';
