// The demo organisation's journey review, as a funder downloads it in each language: a tagged PDF
// with its structure and bookmarks, typed workbook cells, p-values written "< 0,001", words
// instead of stored codes.
import type { Locale, Report, Survey } from '@tutti/contracts';
import { DEMO_PASSWORD, DEMO_SURVEY_TITLE } from '@tutti/db';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForReport } from '../../testing/impact-fixtures';
import { readPdf, rolesOf, type StructNode } from '../../testing/pdf-reading';
import { type Client, signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let coordinator: Client;
let base: string;
let surveyId: string;

beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
  coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
  const orgId = ((await coordinator.get('/api/me')).body as { memberships: { orgId: string }[] })
    .memberships[0]!.orgId;
  base = `/api/orgs/${orgId}`;
  const surveys = (await coordinator.get(`${base}/surveys`)).body as { items: Survey[] };
  surveyId = surveys.items.find((s) => s.title === DEMO_SURVEY_TITLE)!.id;
}, 120_000);
afterAll(() => t.close());

async function buildReport(locale: Locale) {
  const created = await coordinator.post(`${base}/reports`, {
    template: 'journey_review',
    from: '2026-01-01',
    to: '2027-12-31',
    surveyIds: [surveyId],
    locale,
  });
  expect(created.status).toBe(202);
  const report = await waitForReport(coordinator, `${base}/reports/${(created.body as Report).id}`);
  expect(report.status).toBe('done');
  const download = async (format: 'pdf' | 'xlsx' | 'csv') =>
    (await coordinator.get(`${base}/reports/${report.id}/download?format=${format}`)).rawBody;
  return { pdf: await download('pdf'), xlsx: await download('xlsx'), csv: await download('csv') };
}

function figuresOf(node: StructNode): StructNode[] {
  return [...(node.role === 'Figure' ? [node] : []), ...node.children.flatMap(figuresOf)];
}

describe('a journey review as the funder reads it', () => {
  it('is a tagged PDF in French: language, title, headings, tables, figures with alt text, bookmarks, text', async () => {
    const { pdf } = await buildReport('fr');
    const read = await readPdf(pdf);
    expect(read).toMatchObject({
      marked: true,
      hasStructTreeRoot: true,
      language: 'fr',
      displaysTitle: true,
      pdfUa: true,
      fontsEmbedded: true,
    });
    expect(read.title).toMatch(/^Bilan de parcours/);
    const roles = new Set(read.pages.flatMap((p) => (p.structure ? rolesOf(p.structure) : [])));
    for (const role of ['Document', 'H1', 'H2', 'H3', 'P', 'L', 'LI', 'Table', 'TR', 'TH', 'TD']) {
      expect(roles).toContain(role);
    }
    const figures = read.pages.flatMap((p) => (p.structure ? figuresOf(p.structure) : []));
    expect(figures.length).toBeGreaterThanOrEqual(3);
    for (const figure of figures) expect(figure.alt).toMatch(/\w{4,}/);
    expect(figures.map((f) => f.alt)).toContainEqual(
      expect.stringContaining('Diagramme en barres des séances par mois'),
    );
    expect(read.bookmarks.map((b) => b.title)).toEqual(
      expect.arrayContaining(['Chiffres clés', 'Observations avant / après', 'Méthode et sources']),
    );
    const surveysBookmark = read.bookmarks.find((b) => b.title === 'Observations avant / après')!;
    expect(surveysBookmark.items.map((b) => b.title)).toEqual([DEMO_SURVEY_TITLE]);
    // Text is extractable, in words, and p-values below 0.001 are written so, never as 0.
    expect(read.text).toContain('Bénéficiaires uniques');
    expect(read.text).toContain('Atelier d’éveil musical');
    expect(read.text).toContain('< 0,001');
    expect(read.text).not.toMatch(/workshop_|early_years|\bdone\b/);
  });

  it('writes p-values, dates, rates and statuses in English in the workbook and the CSV files', async () => {
    const { pdf, xlsx, csv } = await buildReport('en');
    const read = await readPdf(pdf);
    expect(read.language).toBe('en');
    expect(read.text).toContain('< 0.001');
    expect(read.bookmarks.map((b) => b.title)).toContain('Key figures');

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const surveys = workbook.getWorksheet('Surveys')!;
    const pValues = surveys
      .getColumn(9)
      .values.slice(2)
      .filter((v) => v !== null && v !== undefined);
    expect(pValues.length).toBeGreaterThan(0);
    expect(pValues).toContain('< 0.001');
    for (const p of pValues)
      expect(p === '< 0.001' || (typeof p === 'number' && p >= 0.001)).toBe(true);
    const sessions = workbook.getWorksheet('Sessions')!;
    expect(sessions.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect(sessions.getRow(2).getCell(1).numFmt).toBe('yyyy-mm-dd hh:mm');
    const statuses = new Set(sessions.getColumn(3).values.slice(2));
    for (const status of statuses)
      expect(['Planned', 'Confirmed', 'Done', 'Cancelled']).toContain(status);
    const journeys = workbook.getWorksheet('Journeys')!;
    const rate = journeys.getRow(2).getCell(6);
    expect(rate.type).toBe(ExcelJS.ValueType.Number);
    expect(rate.numFmt).toBe('0.0%');
    // The choir singing the period's concerts: its singers in total, then per age band.
    const choirs = workbook.getWorksheet('Choirs')!;
    expect(choirs.getRow(2).values).toEqual([
      undefined,
      'Chœur Passerelles pour la Paix',
      0,
      2,
      'Total',
      250,
    ]);
    expect(choirs.getColumn(4).values).toContain('Not stated');

    const zip = await JSZip.loadAsync(csv);
    const surveysCsv = await zip.file('surveys.csv')!.async('string');
    expect(surveysCsv).toContain(';< 0.001');
    expect(surveysCsv).not.toMatch(/;0\r\n/);
  });

  it('writes the German PDF and workbook with a decimal comma and German words', async () => {
    const { pdf, xlsx } = await buildReport('de');
    const read = await readPdf(pdf);
    expect(read.language).toBe('de');
    expect(read.text).toContain('< 0,001');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx as unknown as ArrayBuffer);
    const sheet = workbook.worksheets.find(
      (s) => s.getRow(1).getCell(9).value === 'p (zweiseitig)',
    );
    expect(sheet?.getColumn(9).values).toContain('< 0,001');
    expect(workbook.worksheets[0]!.getSheetValues().flat()).not.toContain('done');
  });
});
