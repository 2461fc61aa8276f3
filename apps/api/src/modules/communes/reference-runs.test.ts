// Official files imported from the web app: an admin uploads one file, reads its preview, imports
// it through the job (rows written in turns beside the current data, then made current at once),
// and the access index names it as the source of its component.
import type { AccessReport, ReferenceImportRun, ReferenceImportsOverview } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';
import { communeReference } from './reference-data';
import { insertRows, startImport } from './reference-import.repository';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let other: Awaited<ReturnType<typeof buildOrganisation>>;
const base = () => `/api/orgs/${org.id}/territories/reference-imports`;

/** Saint-Étienne, Mende and a commune merged since (its successor takes its class). */
const GRID = [
  'Grille communale de densité à 7 niveaux;;;',
  'CODGEO;LIBGEO;DENS;LIBDENS',
  '42218;Saint-Étienne;2;Centres urbains intermédiaires',
  '48094;Mende;4;Petites villes',
  '99999;Nulle part;5;Bourgs ruraux',
].join('\n');

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  other = await buildOrganisation(t, ['admin'], 'Autre structure');
});
afterAll(() => t.close());

function upload(client: Client, query: string, text: string, type = 'text/csv') {
  return client.request('POST', `${base()}?${query}`, Buffer.from(text, 'utf8'), {
    'content-type': type,
  });
}

async function waitForImport(runId: string, timeoutMs = 60_000): Promise<ReferenceImportRun> {
  const started = Date.now();
  for (;;) {
    const run = (await org.members.admin.get(`${base()}/${runId}`)).body as ReferenceImportRun;
    if (run.state !== 'importing') return run;
    if (Date.now() - started > timeoutMs) throw new Error(`import ${runId} stayed importing`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

describe('official files imported from the web app', () => {
  it('previews a density grid: lines read, recognised, refused with reasons, first lines and year', async () => {
    const response = await upload(
      org.members.admin,
      'kind=density-grid&fileName=grille_densite_7_niveaux_2024.csv',
      GRID,
    );
    expect(response.status).toBe(201);
    const run = response.body as ReferenceImportRun;
    expect(run).toMatchObject({
      kind: 'density-grid',
      fileName: 'grille_densite_7_niveaux_2024.csv',
      year: 2024,
      state: 'previewed',
      progress: null,
      preview: {
        linesRead: 3,
        recognised: 3,
        refused: 0,
        toApply: 2,
        unknownCommunes: 1,
        importable: true,
        source: { publisher: 'INSEE' },
      },
    });
    expect(run.preview.firstLines[1]).toEqual(['CODGEO', 'LIBGEO', 'DENS', 'LIBDENS']);
    // Nothing of the reference data changed.
    expect((await communeReference(t.database)).importOf('density-grid')).toBeUndefined();
  });

  it('lists refused lines with their reasons and will not import such a file', async () => {
    const response = await upload(
      org.members.admin,
      'kind=density-grid&fileName=grille.csv&year=2023',
      'CODGEO;DENS\n42218;2\n4221B;9\n48094;12\n',
    );
    const run = response.body as ReferenceImportRun;
    expect(run.preview).toMatchObject({ refused: 2, importable: false, recognised: 1 });
    expect(run.preview.issues.map((i) => [i.line, i.severity, i.code, i.column])).toEqual([
      [3, 'error', 'invalidCommuneCode', 'CODGEO'],
      [4, 'error', 'invalidDensityClass', 'DENS'],
    ]);
    const refused = await org.members.admin.post(`${base()}/${run.id}/import`, { year: 2023 });
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ error: { code: 'TERRITORY.IMPORT_HAS_ERRORS' } });
  });

  it('imports through the job with its progress, then the access index names the file', async () => {
    const previewed = await upload(
      org.members.admin,
      'kind=density-grid&fileName=grille_densite_7_niveaux_2024.csv',
      GRID,
    );
    const runId = (previewed.body as ReferenceImportRun).id;
    // The admin corrects the year before importing.
    const started = await org.members.admin.post(`${base()}/${runId}/import`, { year: 2025 });
    expect(started.status).toBe(202);
    expect(started.body).toMatchObject({ state: 'importing', year: 2025 });
    const run = await waitForImport(runId);
    expect(run).toMatchObject({
      state: 'imported',
      error: null,
      progress: { phase: 'finishing', done: 2, total: 2 },
    });
    const reference = await communeReference(t.database);
    expect(reference.importOf('density-grid')).toMatchObject({ year: 2025, applied: 2 });
    expect(reference.dataset.byId.get('48094')?.densityClass).toBe(4);

    const access = await org.members.coordinator.get(
      `/api/orgs/${org.id}/territories/access?communes=42218,48094&asOf=2025-06-30`,
    );
    expect((access.body as AccessReport).dimensions.rurality).toMatchObject({
      status: 'present',
      knownCommunes: 2,
      source: { year: 2025, fileName: 'grille_densite_7_niveaux_2024.csv', publisher: 'INSEE' },
    });

    const overview = (await org.members.admin.get(base())).body as ReferenceImportsOverview;
    expect(overview.imports[0]).toMatchObject({
      kind: 'density-grid',
      year: 2025,
      fileName: 'grille_densite_7_niveaux_2024.csv',
      linesRead: 3,
      applied: 2,
      unknownCommunes: 1,
    });
    expect(overview.runs.map((r) => r.state)).toContain('imported');
    // The applied files are the instance's; the uploads, the organisation's.
    const theirs = (
      await other.members.admin.get(`/api/orgs/${other.id}/territories/reference-imports`)
    ).body as ReferenceImportsOverview;
    expect(theirs.imports[0]?.year).toBe(2025);
    expect(theirs.runs).toEqual([]);
  });

  it('hides the rows of an import still being written, and drops them when the next one starts', async () => {
    const before = await communeReference(t.database);
    const importId = await startImport(t.database.db, {
      batchId: crypto.randomUUID(),
      kind: 'density-grid',
      sourceName: 'Interrompu',
      publisher: 'Insee',
      licence: 'Licence Ouverte',
      year: 2030,
      fileName: 'interrompu.csv',
      layout: 'insee',
      linesRead: 1,
      records: 1,
      applied: 1,
      unknownCommunes: 0,
      warnings: 0,
    });
    await insertRows(t.database.db, 'density-grid', importId, [
      { communeId: '48094', densityClass: 7 },
    ]);
    const during = await communeReference(t.database);
    expect(during.importOf('density-grid')?.year).toBe(before.importOf('density-grid')?.year);
    expect(during.dataset.byId.get('48094')?.densityClass).toBe(4);

    const previewed = await upload(
      org.members.admin,
      'kind=density-grid&fileName=grille_densite_7_niveaux_2024.csv',
      GRID,
    );
    const runId = (previewed.body as ReferenceImportRun).id;
    await org.members.admin.post(`${base()}/${runId}/import`, { year: 2024 });
    expect(await waitForImport(runId)).toMatchObject({ state: 'imported' });
    const after = await communeReference(t.database);
    expect(after.importOf('density-grid')?.year).toBe(2024);
    expect(after.dataset.byId.get('48094')?.densityClass).toBe(4);
  });

  it('discards a preview, and answers 404 to another organisation', async () => {
    const previewed = await upload(
      org.members.admin,
      'kind=density-grid&fileName=grille_densite_7_niveaux_2024.csv',
      GRID,
    );
    const runId = (previewed.body as ReferenceImportRun).id;
    const stranger = await other.members.admin.get(
      `/api/orgs/${other.id}/territories/reference-imports/${runId}`,
    );
    expect(stranger.status).toBe(404);
    expect((await org.members.admin.delete(`${base()}/${runId}`)).status).toBe(204);
    const again = await org.members.admin.post(`${base()}/${runId}/import`, { year: 2024 });
    expect(again.body).toMatchObject({ error: { code: 'TERRITORY.IMPORT_NOT_PREVIEWED' } });
  });

  it('answers 4xx naming the field for what it cannot take', async () => {
    const admin = org.members.admin;
    const cases: [Promise<{ status: number; body: unknown }>, number, string, string][] = [
      [upload(admin, 'fileName=a-2024.csv', GRID), 400, 'REQUEST.VALIDATION', 'querystring.kind'],
      [
        upload(admin, 'kind=maps&fileName=a.csv', GRID),
        400,
        'REQUEST.VALIDATION',
        'querystring.kind',
      ],
      [upload(admin, 'kind=density-grid', GRID), 400, 'REQUEST.VALIDATION', 'querystring.fileName'],
      [
        upload(admin, 'kind=density-grid&fileName=grille.csv', GRID),
        400,
        'TERRITORY.IMPORT_NO_YEAR',
        'querystring.year',
      ],
      [
        upload(admin, 'kind=density-grid&fileName=grille.csv&year=1800', GRID),
        400,
        'REQUEST.VALIDATION',
        'querystring.year',
      ],
      [
        upload(admin, 'kind=density-grid&fileName=g-2024.csv', GRID, 'application/json'),
        415,
        'TERRITORY.IMPORT_UNSUPPORTED_TYPE',
        'headers.content-type',
      ],
    ];
    for (const [pending, status, code, path] of cases) {
      const response = await pending;
      expect({ status: response.status, path }).toEqual({ status, path });
      expect(response.body).toMatchObject({ error: { code, fields: [{ path }] } });
    }
    const huge = await admin.request(
      'POST',
      `${base()}?kind=density-grid&fileName=g-2024.csv`,
      Buffer.from(GRID),
      { 'content-type': 'text/csv', 'content-length': String(200 * 1024 * 1024) },
    );
    expect(huge.status).toBe(413);
    const noYear = await admin.post(`${base()}/${crypto.randomUUID()}/import`, {});
    expect(noYear.body).toMatchObject({ error: { fields: [{ path: 'body.year' }] } });
    const coordinator = await upload(
      org.members.coordinator,
      'kind=density-grid&fileName=g-2024.csv',
      GRID,
    );
    expect(coordinator.status).toBe(403);
    expect((await org.members.coordinator.get(base())).status).toBe(403);
  });
});
