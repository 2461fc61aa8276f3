// `npm run backup`: one archive (tar.gz) with every application table, read in one snapshot,
// and the files folder, with a manifest of row counts, content digests and file hashes.

import { once } from 'node:events';
import {
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TuttiDatabase } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { create as createTar } from 'tar';
import { fileDigests } from './archive-files';
import {
  BACKUP_FORMAT,
  type BackupManifest,
  FILES_FOLDER,
  MANIFEST,
  TABLES_FOLDER,
} from './manifest';
import { applicationTables, inTransaction, quoted, tableDigests } from './table-digest';

const FETCH_ROWS = 2000;

export async function migrationCount(database: TuttiDatabase) {
  const { rows } = await database.executeSql(
    'select count(*)::int as n from drizzle.__drizzle_migrations',
  );
  return Number(rows[0]!.n);
}

export async function createBackup(options: {
  database: TuttiDatabase;
  filesDir: string;
  archivePath: string;
  s3: boolean;
}): Promise<BackupManifest> {
  const { database } = options;
  const staging = mkdtempSync(join(tmpdir(), 'tutti-backup-'));
  try {
    mkdirSync(join(staging, TABLES_FOLDER));
    const migrations = await migrationCount(database);
    // Every table from one snapshot: rows written meanwhile are either all in or all out.
    const tables = await database.db.transaction(async (tx) => {
      await tx.execute(sql.raw('set transaction isolation level repeatable read, read only'));
      const query = inTransaction(tx);
      for (const table of await applicationTables(query)) {
        const out = createWriteStream(join(staging, TABLES_FOLDER, `${table}.jsonl`));
        await query(
          `declare rows_out no scroll cursor for select row_to_json(t)::text as line from ${quoted(table)} t`,
        );
        for (;;) {
          const rows = await query(`fetch ${FETCH_ROWS} from rows_out`);
          for (const row of rows) {
            if (!out.write(`${row.line}\n`)) await once(out, 'drain');
          }
          if (rows.length < FETCH_ROWS) break;
        }
        await query('close rows_out');
        out.end();
        await once(out, 'finish');
      }
      return tableDigests(query);
    });
    mkdirSync(join(staging, FILES_FOLDER));
    if (existsSync(options.filesDir)) {
      // Uploads under way and half-written renditions are not Tutti's data yet.
      const underWay = join(options.filesDir, '.uploads');
      cpSync(options.filesDir, join(staging, FILES_FOLDER), {
        recursive: true,
        filter: (source) => !source.endsWith('.partial') && !source.startsWith(underWay),
      });
    }
    const manifest: BackupManifest = {
      format: BACKUP_FORMAT,
      createdAt: new Date().toISOString(),
      databaseKind: database.kind,
      migrations,
      tables,
      files: await fileDigests(join(staging, FILES_FOLDER)),
      s3: options.s3,
    };
    writeFileSync(join(staging, MANIFEST), JSON.stringify(manifest, null, 1));
    await createTar({ gzip: true, file: options.archivePath, cwd: staging, portable: true }, [
      MANIFEST,
      TABLES_FOLDER,
      FILES_FOLDER,
    ]);
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
