// `npm run restore <archive>`: puts a backup into an empty instance (no organisation, no
// account, no files), then checks every table and file against the manifest.
import {
  createReadStream,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
} from 'node:fs';
import { cp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { isEmptyDatabase, type TuttiDatabase } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { extract } from 'tar';
import { fileDigests } from './archive-files';
import { migrationCount } from './backup';
import {
  BACKUP_FORMAT,
  type BackupManifest,
  FILES_FOLDER,
  MANIFEST,
  TABLES_FOLDER,
} from './manifest';
import { inTransaction, onDatabase, quoted, tableDigests } from './table-digest';

const INSERT_ROWS = 500;

export class RestoreRefused extends Error {}

function differences<T>(expected: Record<string, T>, found: Record<string, T>) {
  const names = new Set([...Object.keys(expected), ...Object.keys(found)]);
  return [...names].filter(
    (name) => JSON.stringify(expected[name]) !== JSON.stringify(found[name]),
  );
}

export async function restoreBackup(options: {
  database: TuttiDatabase;
  filesDir: string;
  archivePath: string;
}): Promise<BackupManifest> {
  const { database, filesDir } = options;
  const staging = mkdtempSync(join(tmpdir(), 'tutti-restore-'));
  try {
    await extract({ file: options.archivePath, cwd: staging });
    const manifest = JSON.parse(readFileSync(join(staging, MANIFEST), 'utf8')) as BackupManifest;
    if (manifest.format !== BACKUP_FORMAT) {
      throw new RestoreRefused(`Unknown backup format ${manifest.format}`);
    }
    const migrations = await migrationCount(database);
    if (migrations !== manifest.migrations) {
      throw new RestoreRefused(
        `The backup was made with ${manifest.migrations} migrations applied and this Tutti has ${migrations}: restore it with the same version of Tutti.`,
      );
    }
    if (!(await isEmptyDatabase(database))) {
      throw new RestoreRefused(
        'The database already holds organisations or accounts: restore into an empty instance.',
      );
    }
    const present = existsSync(filesDir)
      ? readdirSync(filesDir).filter((name) => name !== '.uploads')
      : [];
    if (present.length > 0) {
      throw new RestoreRefused(
        `The files folder ${filesDir} is not empty: restore into an empty one.`,
      );
    }

    await database.db.transaction(async (tx) => {
      const query = inTransaction(tx);
      // Rows go in as they were: no trigger (data versions, checks of later edits) and no
      // foreign-key order to follow; the whole is checked against the manifest below.
      await query('set local session_replication_role = replica');
      const current = await tableDigests(query);
      for (const table of Object.keys(manifest.tables)) {
        // A table the migrations fill (reference data) already holds the same rows.
        if (JSON.stringify(current[table]) === JSON.stringify(manifest.tables[table])) continue;
        if (current[table] === undefined)
          throw new RestoreRefused(`This Tutti has no table ${table}`);
        if (current[table].rows > 0) await query(`delete from ${quoted(table)}`);
        const lines = createInterface({
          input: createReadStream(join(staging, TABLES_FOLDER, `${table}.jsonl`)),
          crlfDelay: Number.POSITIVE_INFINITY,
        });
        let chunk: string[] = [];
        const flush = async () => {
          if (chunk.length === 0) return;
          await tx.execute(
            sql`insert into ${sql.raw(quoted(table))} select * from json_populate_recordset(null::${sql.raw(quoted(table))}, ${`[${chunk.join(',')}]`}::json)`,
          );
          chunk = [];
        };
        for await (const line of lines) {
          if (line.length === 0) continue;
          chunk.push(line);
          if (chunk.length >= INSERT_ROWS) await flush();
        }
        await flush();
      }
      // Sequences follow the rows they numbered.
      const sequences = await query(
        `select table_name, column_name, pg_get_serial_sequence(quote_ident(table_name), column_name) as seq
           from information_schema.columns
          where table_schema = 'public' and column_default like 'nextval(%'`,
      );
      for (const { table_name, column_name, seq } of sequences) {
        if (!seq) continue;
        await query(
          `select setval('${String(seq)}', coalesce((select max(${quoted(String(column_name))}) from ${quoted(String(table_name))}), 0) + 1, false)`,
        );
      }
    });

    await cp(join(staging, FILES_FOLDER), filesDir, { recursive: true });

    const tables = differences(manifest.tables, await tableDigests(onDatabase(database)));
    const files = differences(manifest.files, await fileDigests(filesDir));
    if (tables.length > 0 || files.length > 0) {
      throw new Error(
        `The restored instance differs from the backup: tables ${tables.join(', ') || 'none'}; files ${files.join(', ') || 'none'}`,
      );
    }
    return manifest;
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}
