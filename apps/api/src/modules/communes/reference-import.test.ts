import { readFileSync } from 'node:fs';
import type { Commune, ReferenceStatus } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildUser, type Client, signIn, startTestApp, type TestApp } from '../../testing/test-app';
import { communeReference } from './reference-data';
import { formatImportReport } from './reference-import.report';
import { type ImportFiles, importReferenceFiles } from './reference-import.service';

/** The geo package's fixtures: the published column layouts, with invented values. */
export function geoFixture(name: string) {
  const url = new URL(`../../../../../packages/geo/src/import/fixtures/${name}`, import.meta.url);
  return { text: readFileSync(url, 'utf8'), fileName: name };
}

const allFiles = (): ImportFiles => ({
  'commune-centres': geoFixture('communes-france-2025.csv'),
  'density-grid': geoFixture('grille_densite_7_niveaux_2024.csv'),
  'cultural-facilities': {
    ...geoFixture('base-des-lieux-et-des-equipements-culturels.csv'),
    year: 2024,
  },
  'priority-areas': geoFixture('liste-quartiers-prioritaires-2024.csv'),
});

let t: TestApp;
let person: Client;
beforeAll(async () => {
  t = await startTestApp();
  person = await signIn(t.app, (await buildUser(t)).email);
});
afterAll(() => t.close());

async function countRows(table: string) {
  const result = (await t.database.db.execute(
    sql`select count(*)::int as n from ${sql.identifier(table)}`,
  )) as unknown as { rows: { n: number }[] };
  return result.rows[0]!.n;
}

describe('territorial reference import', () => {
  it('refuses every file when one line of one file is wrong, and applies nothing', async () => {
    const files = allFiles();
    files['density-grid'] = {
      text: 'CODGEO;DENS\n01001;6\n42218;8\n',
      fileName: 'grille_2024.csv',
    };
    const run = await importReferenceFiles({ database: t.database, files });
    expect(run.ok).toBe(false);
    const report = formatImportReport(run).join('\n');
    expect(report).toContain('line 3: invalidDensityClass [DENS] "8"');
    expect(report).toContain('Import refused');
    for (const table of [
      'reference_imports',
      'reference_commune_centres',
      'reference_priority_areas',
    ]) {
      expect({ table, rows: await countRows(table) }).toEqual({ table, rows: 0 });
    }
  });

  it('applies all files in one transaction, records source, year and counts, and the running server uses them', async () => {
    const before = (await person.get('/api/communes/01001')).body as Commune;
    expect(before.coordinatesSource).not.toBe('imported');

    const run = await importReferenceFiles({ database: t.database, files: allFiles() });
    expect(run.ok).toBe(true);
    expect(formatImportReport(run).join('\n')).toMatch(/Applied in one transaction/);

    const after = (await person.get('/api/communes/01001')).body as Commune;
    expect(after).toMatchObject({
      coordinatesSource: 'imported',
      coordinatesMethod: 'official-centre',
      latitude: 46.156,
      longitude: 4.922,
      areaKm2: 16,
      densityClass: 6,
      approximate: false,
    });
    // The density grid wins over the centres file's own class (both say 2 here).
    expect(((await person.get('/api/communes/42218')).body as Commune).densityClass).toBe(2);

    const status = (await person.get('/api/territories/reference')).body as ReferenceStatus;
    const byKind = Object.fromEntries(status.imports.map((i) => [i.kind, i]));
    expect(byKind['commune-centres']).toMatchObject({ year: 2025, records: 2, applied: 2 });
    expect(byKind['density-grid']).toMatchObject({ year: 2024, publisher: 'INSEE' });
    expect(byKind['cultural-facilities']).toMatchObject({ year: 2024, records: 5, applied: 5 });
    expect(byKind['priority-areas']).toMatchObject({
      year: 2024,
      fileName: 'liste-quartiers-prioritaires-2024.csv',
      applied: 3,
      unknownCommunes: 0,
    });

    const reference = await communeReference(t.database);
    expect([...reference.priorityCommuneIds].sort()).toEqual(['13055', '13070', '42218', '75056']);
    // Conservatory, SMAC, theatre and music school host live music; the museum does not.
    expect(reference.liveMusicFacilities.map((f) => f.kind).sort()).toEqual([
      'concert-hall',
      'conservatory',
      'music-school',
      'performing-arts-stage',
    ]);
    const theatre = reference.liveMusicFacilities.find((f) => f.kind === 'performing-arts-stage');
    expect(theatre).toMatchObject({ communeId: '48094', positionSource: 'commune' });
  });

  it('replaces the rows of a kind with the newest file and keeps the other kinds', async () => {
    const run = await importReferenceFiles({
      database: t.database,
      files: {
        'density-grid': { text: 'CODGEO;DENS\n48095;5\n', fileName: 'grille_densite_2025.csv' },
      },
    });
    expect(run.ok).toBe(true);
    const density = await t.database.db.select().from(schema.referenceCommuneDensity);
    expect(density.map((d) => [d.communeId, d.densityClass])).toEqual([['48095', 5]]);
    expect(await countRows('reference_commune_centres')).toBe(2);
    // 01001 keeps the class of the centres file once the grid no longer lists it.
    expect(((await person.get('/api/communes/01001')).body as Commune).densityClass).toBe(6);
    expect(((await person.get('/api/communes/48095')).body as Commune).densityClass).toBe(5);
    const status = (await person.get('/api/territories/reference')).body as ReferenceStatus;
    expect(status.imports.find((i) => i.kind === 'density-grid')?.year).toBe(2025);
  });

  it('reports codes unknown to the reference and skips them', async () => {
    const run = await importReferenceFiles({
      database: t.database,
      files: {
        'priority-areas': {
          text: 'code_qp;lib_qp;insee_com\nQN04201M;Quartier;42218\nQN99901A;Ailleurs;99999\n',
          fileName: 'qpv-2024.csv',
        },
      },
    });
    expect(run.files[0]).toMatchObject({ applied: 1, unknownCodes: ['99999'] });
    expect(formatImportReport(run).join('\n')).toContain('1 codes unknown to the reference');
  });

  it('lets tenant code read the reference tables but never write them', async () => {
    const [org] = await t.database.db
      .insert(schema.organisations)
      .values({ name: 'O' })
      .returning();
    const scope = { orgId: org!.id, userId: null };
    const read = await t.database.withTenant(scope, (tx) =>
      tx.select().from(schema.referencePriorityAreas),
    );
    expect(read.length).toBeGreaterThan(0);
    for (const attempt of [
      () => t.database.withTenant(scope, (tx) => tx.delete(schema.referencePriorityAreas)),
      () =>
        t.database.withTenant(scope, (tx) =>
          tx.update(schema.referenceCommuneDensity).set({ densityClass: 1 }),
        ),
    ]) {
      const error = await attempt().then(
        () => null,
        (e: Error & { cause?: Error }) => e,
      );
      expect(error?.cause?.message ?? error?.message).toMatch(/permission denied/);
    }
  });
});
