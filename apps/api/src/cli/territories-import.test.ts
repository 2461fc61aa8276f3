// The import command as an operator runs it: a real process on its own embedded database, a copy
// of the run's migrated one (migrating afresh took two minutes of the run).
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, schema } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';

const root = fileURLToPath(new URL('../../../../', import.meta.url));
const fixtures = join(root, 'packages/geo/src/import/fixtures');
const workDir = mkdtempSync(join(tmpdir(), 'tutti-territories-import-'));
const dataDir = join(workDir, 'data');
afterAll(() => rmSync(workDir, { recursive: true, force: true }));

const dumpPath = inject('pgliteDumpPath');
if (!dumpPath) {
  console.info(
    'territories-import.test skipped: the command runs on its own embedded database whatever ' +
      'DATABASE_URL says, so the run on PostgreSQL would repeat the embedded run word for word',
  );
}

beforeAll(async () => {
  if (!dumpPath) return;
  const database = await openDatabase({
    kind: 'pglite',
    dataDir,
    loadDataDir: new Blob([readFileSync(dumpPath)]),
  });
  await database.close();
});

function runImport(args: string[]): Promise<{ code: number | null; output: string }> {
  // Its own embedded database, whatever database the test run uses.
  const { DATABASE_URL: _ignored, ...env } = process.env;
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'apps/api/src/cli/territories-import.ts', ...args],
    { cwd: root, env: { ...env, TUTTI_DATA_DIR: dataDir, NODE_ENV: 'test', LOG_LEVEL: 'silent' } },
  );
  let output = '';
  child.stdout.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr.on('data', (chunk) => {
    output += chunk;
  });
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, output })));
}

describe.skipIf(!dumpPath)('npm run territories:import', () => {
  it('explains its usage when no file is given', async () => {
    const { code, output } = await runImport(['--year', 'soon']);
    expect(code).toBe(2);
    expect(output).toContain('--year must be a year');
  }, 60_000);

  it('prints the line-by-line report and refuses everything on one bad line', async () => {
    const badGrid = join(workDir, 'grille_densite_7_niveaux_2024.csv');
    writeFileSync(badGrid, 'CODGEO;LIBGEO;DENS\n01001;X;6\n4221B;Y;2\n');
    const { code, output } = await runImport([
      '--priority-areas',
      join(fixtures, 'liste-quartiers-prioritaires-2024.csv'),
      '--density',
      badGrid,
    ]);
    expect(code).toBe(1);
    expect(output).toMatch(/Priority areas \(QPV\): liste-quartiers-prioritaires-2024\.csv/);
    expect(output).toContain('line 3: invalidCommuneCode [CODGEO] "4221B"');
    expect(output).toContain('nothing was applied');
  }, 120_000);

  it('applies the files, decoding a spreadsheet saved in Windows-1252, and records them', async () => {
    const utf8 = readFileSync(
      join(fixtures, 'base-des-lieux-et-des-equipements-culturels.csv'),
      'utf8',
    );
    const latin = join(workDir, 'basilic.csv');
    writeFileSync(latin, encodeWindows1252(utf8));
    const { code, output } = await runImport([
      '--facilities',
      latin,
      '--facilities-year',
      '2024',
      '--centres',
      join(fixtures, 'communes-france-2025.csv'),
    ]);
    expect({ code, output }).toMatchObject({ code: 0 });
    expect(output).toMatch(/Applied in one transaction/);
    // Official centres and GeoNames place all but 33 of 34,875 French communes (overseas ones and
    // communes restored since 2018); a centres file without positions changes none of them.
    expect(output).toMatch(/Approximate French commune positions: 0\.1 % before, 0\.1 % after/);

    const database = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const imports = await database.db.select().from(schema.referenceImports);
      expect(imports.map((i) => [i.kind, i.year, i.records]).sort()).toEqual([
        ['commune-centres', 2025, 2],
        ['cultural-facilities', 2024, 5],
      ]);
      const names = await database.db
        .select({ name: schema.referenceCulturalFacilities.name })
        .from(schema.referenceCulturalFacilities);
      expect(names.map((n) => n.name)).toContain('Théâtre "Le Sémaphore"; salle municipale');
    } finally {
      await database.close();
    }
  }, 120_000);
});

/** Latin-1 covers every character of the fixture: the bytes a French spreadsheet would save. */
function encodeWindows1252(text: string): Buffer {
  return Buffer.from(text, 'latin1');
}
