// A backup of an instance holding the demo organisation and some files, restored into a fresh
// empty instance: every table and every file the same; a second restore is refused.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TuttiDatabase } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../testing/test-database';
import {
  createBackup,
  fileDigests,
  onDatabase,
  RestoreRefused,
  restoreBackup,
  tableDigests,
} from './index';

const work = mkdtempSync(join(tmpdir(), 'tutti-backup-test-'));
const sourceFiles = join(work, 'source-files');
const targetFiles = join(work, 'target-files');
const archivePath = join(work, 'backup.tar.gz');
let source: TuttiDatabase;
let target: TuttiDatabase;

beforeAll(async () => {
  source = await openTestDatabase({ demo: true });
  target = await openTestDatabase();
  mkdirSync(join(sourceFiles, 'media', 'org-a'), { recursive: true });
  writeFileSync(join(sourceFiles, 'media', 'org-a', 'poster.webp'), Buffer.alloc(70_000, 7));
  writeFileSync(join(sourceFiles, 'media', 'org-a', 'chorale.opus'), 'Au clair de la lune');
  writeFileSync(join(sourceFiles, 'report.pdf'), '%PDF-1.7 rapport');
  // Not Tutti's data yet: an upload under way, a rendition half written by a killed process.
  mkdirSync(join(sourceFiles, '.uploads'));
  writeFileSync(join(sourceFiles, '.uploads', 'abc'), 'half an upload');
  writeFileSync(join(sourceFiles, 'media', 'org-a', 'w320.webp.partial'), 'half');
}, 120_000);

afterAll(async () => {
  await source?.close();
  await target?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('backup and restore', () => {
  it('restores every table and every file of the demo instance into an empty one', async () => {
    const manifest = await createBackup({
      database: source,
      filesDir: sourceFiles,
      archivePath,
      s3: false,
    });
    const sourceTables = await tableDigests(onDatabase(source));
    expect(manifest.tables).toEqual(sourceTables);
    expect(manifest.tables.participants!.rows).toBeGreaterThan(10);
    expect(Object.keys(manifest.files).sort()).toEqual([
      'media/org-a/chorale.opus',
      'media/org-a/poster.webp',
      'report.pdf',
    ]);

    await restoreBackup({ database: target, filesDir: targetFiles, archivePath });
    const restored = await tableDigests(onDatabase(target));
    const tables = Object.keys(sourceTables);
    expect(tables.length).toBeGreaterThan(40);
    for (const table of tables) {
      expect({ table, ...restored[table] }).toEqual({ table, ...sourceTables[table] });
    }
    expect(await fileDigests(targetFiles)).toEqual(await fileDigests(sourceFiles));
    console.log(
      `backup and restore: ${tables.length} tables, ${Object.values(sourceTables).reduce((n, t) => n + t.rows, 0)} rows and ${Object.keys(manifest.files).length} files, each identical after the restore`,
    );
  }, 120_000);

  it('refuses to restore into an instance that holds data, and changes nothing', async () => {
    const before = await tableDigests(onDatabase(target));
    await expect(
      restoreBackup({ database: target, filesDir: join(work, 'other-files'), archivePath }),
    ).rejects.toThrow(RestoreRefused);
    expect(await tableDigests(onDatabase(target))).toEqual(before);
  }, 60_000);
});
