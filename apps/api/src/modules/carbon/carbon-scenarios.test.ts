// A project's scenarios, a chosen pair, and the CSV and XLSX exports of footprints.
import type { ProjectFootprint, ProjectScenarios, ScenarioPair } from '@tutti/contracts';
import { schema } from '@tutti/db';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carbonFactory } from '../../testing/carbon-factory';
import {
  buildOrganisation,
  buildUser,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
} from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let projectId: string;
let base: string;
beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer']);
  base = `/api/orgs/${org.id}`;
  const make = carbonFactory(t, org.id);
  const project = await make.project({ name: 'Printemps des Côtes' });
  projectId = project.id;
  const town = { code: '55002', name: 'Villeneuve', lat: 49.2, lon: 5 };
  const ana = await make.artist('Ana', town);
  const ben = await make.artist('Ben', { ...town, code: '55004', name: 'Lérouville', lat: 49.21 });
  const hall = await make.venue(
    'Salle des fêtes',
    { code: '55001', name: 'Bourg' },
    { lat: 49, lon: 5 },
  );
  const school = await make.venue(
    'École',
    { code: '55005', name: 'Sampigny' },
    { lat: 48.96, lon: 5 },
  );
  const choir = await make.group({ kind: 'choir', name: 'Chœur des Côtes' });
  for (let i = 0; i < 12; i++) await make.participant(choir.id, town);
  for (const [day, venueId] of [
    ['03', school.id],
    ['10', hall.id],
    ['17', school.id],
  ] as const) {
    await make.session({
      projectId,
      venueId,
      startsAt: `2026-03-${day}T09:00:00Z`,
      artistIds: [ana.id, ben.id],
    });
  }
  await make.session({
    projectId,
    venueId: hall.id,
    kind: 'concert',
    startsAt: '2026-03-28T18:00:00Z',
    artistIds: [ana.id],
    groupIds: [choir.id],
  });
  await org.members.coordinator.patch(`${base}/projects/${projectId}/carbon/settings`, {
    vanKmPerSession: 50,
  });
});
afterAll(() => t.close());

describe('scenarios of a project', () => {
  it('puts every lever side by side against the same baseline, with reductions in plain French', async () => {
    const response = await org.members.coordinator.get(
      `${base}/projects/${projectId}/carbon/scenarios`,
    );
    expect(response.status).toBe(200);
    const scenarios = response.body as ProjectScenarios;
    const footprint = (await org.members.coordinator.get(`${base}/projects/${projectId}/carbon`))
      .body as ProjectFootprint;
    expect(scenarios.baseline.totalCo2eKg).toBeCloseTo(footprint.summary.totalCo2eKg, 9);
    expect(scenarios.rows.map((r) => r.lever)).toEqual([
      'carpool',
      'train',
      'group-by-area',
      'online',
      'electric',
      'shuttle',
      'combined',
    ]);
    for (const row of scenarios.rows) {
      expect(row.deltaCo2eKg).toBeCloseTo(row.totalCo2eKg - scenarios.baseline.totalCo2eKg, 9);
    }
    // Ana and Ben live 1.4 km apart in two communes: separate cars, which car-pooling merges.
    const carpool = scenarios.rows.find((r) => r.lever === 'carpool')!;
    expect(carpool.deltaCo2eKg).toBeLessThan(0);
    expect(carpool.stats.carsAvoided).toBe(3);
    expect(carpool.unchanged).toBeNull();
    // Nobody drives 50 km: the train changes nothing and says why, in keys the pages translate.
    const train = scenarios.rows.find((r) => r.lever === 'train')!;
    expect(train.deltaCo2eKg).toBe(0);
    expect(train.unchanged).toEqual({
      key: 'carbon.unchanged.train',
      params: { minDistanceKm: 50 },
    });
    expect(train.assumptions).toContainEqual({
      name: 'transferEmptyReturn',
      value: true,
      unit: 'yes-no',
      source: 'tutti',
    });
    expect(train.assumptions).toContainEqual(
      expect.objectContaining({ name: 'trainMode', value: 'train-regional', unit: 'mode' }),
    );
    expect(scenarios.reductions.length).toBeGreaterThan(0);
    const first = scenarios.reductions[0]!;
    expect(first.message.text).toMatch(/kg CO2e économisés/);
    expect(first.timeMessage.text.length).toBeGreaterThan(0);
  });

  it('compares two scenarios the coordinator picks: the second minus the first', async () => {
    const all = (
      await org.members.coordinator.get(`${base}/projects/${projectId}/carbon/scenarios`)
    ).body as ProjectScenarios;
    const row = (lever: string) => all.rows.find((r) => r.lever === lever)!;
    const pair = await org.members.coordinator.get(
      `${base}/projects/${projectId}/carbon/scenarios/compare?a=carpool&b=electric`,
    );
    const body = pair.body as ScenarioPair;
    expect(body.deltaCo2eKg).toBeCloseTo(
      row('electric').totalCo2eKg - row('carpool').totalCo2eKg,
      9,
    );
    expect(body.deltaTravelHours).toBeCloseTo(
      row('electric').travelHours - row('carpool').travelHours,
      9,
    );
    const unknown = await org.members.coordinator.get(
      `${base}/projects/${projectId}/carbon/scenarios/compare?a=teleport&b=electric`,
    );
    expect(unknown).toMatchObject({
      status: 400,
      body: { error: { fields: [{ path: 'querystring.a' }] } },
    });
  });
});

describe('exports', () => {
  it('writes the trips of a project as CSV: BOM, semicolons, decimal commas, the factor version on each row', async () => {
    const response = await org.members.viewer.get(
      `${base}/projects/${projectId}/carbon/export?format=csv`,
    );
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      'empreinte-carbone-printemps-des-cotes.csv',
    );
    const text = response.body as string;
    expect(text.startsWith('\uFEFFDate;Séance;Source;Trajet;De;À;Qui;Mode;')).toBe(true);
    const rows = text
      .trim()
      .split('\r\n')
      .slice(1)
      .map((line) => line.split(';'));
    const footprint = (await org.members.viewer.get(`${base}/projects/${projectId}/carbon`))
      .body as ProjectFootprint;
    expect(rows).toHaveLength(footprint.lines.length);
    for (const row of rows) expect(row[9]).toBe('ademe-impactco2-2025');
    const van = rows.find((row) => row[3] === 'Matériel')!;
    // 50 van-km × 0.32463 = 16.2315 kg, written with a decimal comma and 3 decimals.
    expect(van[17]).toMatch(/^16,23\d$/);
    expect(Number(van[17]!.replace(',', '.'))).toBeCloseTo(16.2315, 3);
    // Lines still to check say so in their remarks and are out of the summary's total.
    const kg = (list: string[][]) =>
      list.reduce((total, row) => total + Number(row[17]!.replace(',', '.')), 0);
    const toCheck = rows.filter((row) => row[18]?.startsWith('À vérifier'));
    expect(toCheck).toHaveLength(footprint.lines.filter((line) => line.leftOut).length);
    expect(kg(rows) - kg(toCheck)).toBeCloseTo(footprint.summary.totalCo2eKg, 1);
    expect(kg(toCheck)).toBeCloseTo(footprint.summary.leftOut.co2eKg, 1);
  });

  it('writes the scenario comparison as CSV, baseline first', async () => {
    const response = await org.members.viewer.get(
      `${base}/projects/${projectId}/carbon/export?format=csv&table=scenarios`,
    );
    // trimEnd: trim() would also take the byte order mark away.
    const lines = (response.body as string).trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFScénario;Version des facteurs;kg CO2e;Artistes (kg);Public et groupes (kg);Matériel (kg);Numérique (kg);Écart (kg CO2e);Écart (%);Temps de trajet (heures × personnes);Écart de temps de trajet (h)',
    );
    expect(lines[1]).toMatch(/^Situation actuelle;ademe-impactco2-2025;/);
    expect(lines.map((l) => l.split(';')[0])).toContain('Covoiturage');
  });

  it('writes a workbook with the summary, sessions, trips, scenarios and reductions', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: `${base}/projects/${projectId}/carbon/export?format=xlsx`,
      headers: { cookie: await cookieOf() },
    });
    expect(response.statusCode).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Résumé',
      'Séances',
      'Trajets',
      'Scénarios',
      'Réductions',
    ]);
    const summary = workbook.getWorksheet('Résumé')!;
    expect(summary.getRow(2).values).toEqual([undefined, 'Projet', 'Printemps des Côtes']);
    expect(summary.getRow(3).values).toEqual([
      undefined,
      'Version des facteurs',
      'ademe-impactco2-2025',
    ]);
    expect(workbook.getWorksheet('Séances')!.rowCount).toBe(5);
    // Dates are date cells, percentages numbers with a % format, yes/no in words.
    const trip = workbook.getWorksheet('Trajets')!.getRow(2);
    expect(trip.getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect(trip.getCell(1).numFmt).toBe('dd/mm/yyyy');
    expect(['oui', 'non']).toContain(trip.getCell(13).value);
    const scenario = workbook.getWorksheet('Scénarios')!.getRow(3).getCell(9);
    expect(scenario.type).toBe(ExcelJS.ValueType.Number);
    expect(scenario.numFmt).toBe('0.0%');
  });

  it('writes the organisation’s year by month as CSV and XLSX', async () => {
    const csv = await org.members.viewer.get(`${base}/carbon/export?year=2026`);
    const lines = (csv.body as string).trim().split('\r\n');
    expect(lines).toHaveLength(14);
    expect(lines[3]).toMatch(/^03\/2026;ademe-impactco2-2025;/);
    expect(lines[13]).toMatch(/^Total;/);
    const xlsx = await t.app.inject({
      method: 'GET',
      url: `${base}/carbon/export?year=2026&format=xlsx`,
      headers: { cookie: await cookieOf() },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Résumé', 'Par mois', 'Par projet']);
    const march = workbook.getWorksheet('Par mois')!.getRow(4).getCell(1);
    expect(march.value).toEqual(new Date('2026-03-01T00:00:00Z'));
    expect(march.numFmt).toBe('mm/yyyy');
  });
});

/** A viewer's login cookie, for raw requests that read binary answers. */
async function cookieOf() {
  const user = await buildUser(t);
  await t.database.db
    .insert(schema.memberships)
    .values({ orgId: org.id, userId: user.id, role: 'viewer' });
  const signIn = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email: user.email, password: TEST_PASSWORD },
  });
  const cookie = signIn.cookies.find((c) => c.name === 'tutti_login')!;
  return `tutti_login=${cookie.value}`;
}
