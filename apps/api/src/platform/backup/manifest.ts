// The manifest at the root of a backup archive: what it holds and how to check a restore.
import type { FileDigest } from './archive-files';
import type { TableDigest } from './table-digest';

export const BACKUP_FORMAT = 1;

export type BackupManifest = {
  format: typeof BACKUP_FORMAT;
  createdAt: string;
  databaseKind: 'pglite' | 'postgres';
  /** Migrations applied when the backup was made: a restore needs the same Tutti version. */
  migrations: number;
  tables: Record<string, TableDigest>;
  files: Record<string, FileDigest>;
  /** Media kept in an S3-compatible bucket are not in the archive: the store keeps them. */
  s3: boolean;
};

export const MANIFEST = 'manifest.json';
export const TABLES_FOLDER = 'tables';
export const FILES_FOLDER = 'files';
