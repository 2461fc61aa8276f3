import type { ImpactIndicators, Report } from '@tutti/contracts';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImpactScene, waitForReport } from '../../testing/impact-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let scene: Awaited<ReturnType<typeof buildImpactScene>>;
let base: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'relay']);
  scene = await buildImpactScene(t, org.id);
  base = `/api/orgs/${org.id}`;
});
afterAll(() => t.close());

describe('funder reports', () => {
  it('builds the PDF, workbook and CSV files of a period in the background, with the data version', async () => {
    const created = await org.members.coordinator.post(`${base}/reports`, {
      template: 'funder_summary',
      from: '2025-09-01',
      to: '2026-08-31',
      projectIds: [scene.projects[0]!.id],
    });
    expect(created.status).toBe(202);
    const queued = created.body as Report;
    expect(queued).toMatchObject({ status: 'queued', progressPercent: 0 });
    expect(queued.title).toBe('Synthèse financeur, 1 sept. 2025 – 31 août 2026');
    const report = await waitForReport(org.members.coordinator, `${base}/reports/${queued.id}`);
    expect(report).toMatchObject({ status: 'done', progressPercent: 100, error: null });
    const indicators = (
      await org.members.coordinator.get(
        `${base}/impact/indicators?from=2025-09-01&to=2026-08-31&projects=${scene.projects[0]!.id}`,
      )
    ).body as ImpactIndicators;
    expect(report.dataVersion).toBe(indicators.dataVersion);
    expect(report.factorVersion).toBe(indicators.carbon.factorVersion);

    const pdf = await org.members.viewer.get(`${base}/reports/${report.id}/download?format=pdf`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.rawBody.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.headers['content-disposition']).toContain('rapport-synthese-financeur');

    const xlsx = await org.members.coordinator.get(
      `${base}/reports/${report.id}/download?format=xlsx`,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawBody as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      'Synthèse',
      'Mois',
      'Publics',
      'Communes',
      'Projets',
      'Séances',
      'Parcours',
      'Enquêtes',
      'Continuation',
    ]);
    const summary = workbook.getWorksheet('Synthèse')!;
    const value = (label: string) =>
      (
        summary.getSheetValues().find((row) => Array.isArray(row) && row[1] === label) as
          | unknown[]
          | undefined
      )?.[2];
    // The singing project: 6 pupils listed + 40 counted at the concert; 3 sessions held.
    expect(value('Bénéficiaires uniques')).toBe(46);
    expect(value('Séances réalisées')).toBe(3);
    expect(value('Personnes avec besoins d’accessibilité')).toBe('< 5');
    // Per session: 5, 4 and 6 pupils present: the 4 is printed "< 5".
    const sessions = workbook.getWorksheet('Séances')!;
    const present = sessions.getColumn(8).values.slice(2);
    expect(present).toEqual([5, '< 5', 6]);
    // Dates are dates, statuses and kinds are words, rates are shares shown as percentages.
    const first = sessions.getRow(2);
    expect(first.getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect(first.getCell(1).numFmt).toBe('dd/mm/yyyy hh:mm');
    expect(first.getCell(2).value).toBe('Atelier chant');
    expect(sessions.getColumn(3).values.slice(2)).toEqual(['Réalisée', 'Réalisée', 'Réalisée']);
    expect(workbook.getWorksheet('Mois')!.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.Date);
    const rate = summary.getColumn(1).values.indexOf('Taux de présence');
    expect(summary.getRow(rate).getCell(2).type).toBe(ExcelJS.ValueType.Number);
    expect(summary.getRow(rate).getCell(2).numFmt).toBe('0.0%');
    // Columns that count people, by sheet: never a number from 1 to 4.
    const peopleColumns: Record<string, number[]> = {
      Publics: [3],
      Projets: [3, 4, 5],
      Parcours: [4, 5],
      Séances: [8, 9],
    };
    for (const [sheetName, columns] of Object.entries(peopleColumns)) {
      for (const column of columns) {
        for (const cell of workbook.getWorksheet(sheetName)!.getColumn(column).values.slice(2)) {
          if (typeof cell === 'number' && cell !== 0) expect(cell).toBeGreaterThanOrEqual(5);
        }
      }
    }

    const csv = await org.members.coordinator.get(
      `${base}/reports/${report.id}/download?format=csv`,
    );
    expect(csv.headers['content-type']).toBe('application/zip');
    const zip = await JSZip.loadAsync(csv.rawBody);
    expect(Object.keys(zip.files)).toContain('seances.csv');
    const seances = await zip.file('seances.csv')!.async('string');
    expect(seances.startsWith('\uFEFFDate;Type;')).toBe(true);
    expect(seances).toContain(';< 5;');
    expect(seances).toMatch(/\r\n\d{2}\/\d{2}\/2026 \d{2}:\d{2};Atelier chant;Réalisée;/);
  }, 120_000);

  it('lists reports for viewers, refuses them a new one, and names bad input', async () => {
    const list = await org.members.viewer.get(`${base}/reports`);
    expect(list.status).toBe(200);
    expect((list.body as { total: number }).total).toBeGreaterThanOrEqual(1);
    const asViewer = await org.members.viewer.post(`${base}/reports`, {
      template: 'journey_review',
      from: '2025-09-01',
      to: '2026-08-31',
    });
    expect(asViewer.status).toBe(403);
    expect((await org.members.relay.get(`${base}/reports`)).status).toBe(403);
    const unknown = await org.members.coordinator.post(`${base}/reports`, {
      template: 'journey_review',
      from: '2025-09-01',
      to: '2026-08-31',
      surveyIds: ['00000000-0000-4000-8000-000000000003'],
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { fields: [{ path: 'body.surveyIds.0' }] } });
    const backwards = await org.members.coordinator.post(`${base}/reports`, {
      template: 'journey_review',
      from: '2026-09-01',
      to: '2026-08-31',
    });
    expect(backwards.status).toBe(400);
  });
});
