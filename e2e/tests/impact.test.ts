// Impact evaluation: the demo coordinator opens the dashboard, reads the before/after survey of the
// éveil musical journey and downloads a funder report; the relay fills the grid on a phone.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  checkAtBothWidths,
  desktop,
  expectAccessible,
  openBrowser,
  openPage,
  phone,
  screenshot,
  signIn,
  skipReason,
  waitForHeading,
} from '../support/browser';

const SURVEY = 'Grille d’observation — éveil musical (avant / après)';

function orgIdOf(page: Page) {
  return new URL(page.url()).pathname.split('/')[2]!;
}

describe.skipIf(skipReason)('impact evaluation in the demo organisation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator reads the dashboard and the before/after survey (360, 1280px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const orgId = orgIdOf(page);

    await page.goto(`/o/${orgId}/impact`);
    await waitForHeading(page, 'Impact');
    await page.getByRole('img', { name: /Séances par mois/ }).waitFor();
    await page.getByText('Bénéficiaires uniques').waitFor();
    await checkAtBothWidths(page, 'impact-dashboard', 'the impact dashboard');

    await page.goto(`/o/${orgId}/surveys`);
    await waitForHeading(page, 'Enquêtes d’observation');
    await expectAccessible(page, 'the surveys at 360px');
    const card = page.getByRole('region', { name: SURVEY });
    await card.getByRole('link', { name: 'Résultats' }).click();
    await waitForHeading(page, `Résultats\u00a0: ${SURVEY}`);
    await page.getByText(/Répondants\u00a0: avant 20, après 20, appariés 20/).waitFor();
    await page.getByText(/Test des rangs signés de Wilcoxon/).waitFor();
    await page.getByRole('img', { name: /Moyennes avant et après/ }).waitFor();
    await checkAtBothWidths(page, 'impact-survey-results', 'the survey results');
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);

  test('the coordinator prepares a funder report and downloads its PDF (1280px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const orgId = orgIdOf(page);
    await page.goto(`/o/${orgId}/reports`);
    await waitForHeading(page, 'Rapports financeurs');
    await page.getByLabel('Titre (facultatif)').fill('Bilan éveil musical');
    await page.getByRole('button', { name: 'Préparer le rapport' }).click();
    const item = page.getByRole('listitem').filter({ hasText: 'Bilan éveil musical' });
    await item.getByText('Prêt').waitFor({ timeout: 90_000 });
    await expectAccessible(page, 'the reports page');
    await screenshot(page, 'impact-reports-1280px');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      item.getByRole('link', { name: /^PDF/ }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('rapport-bilan-eveil-musical.pdf');
    const pdf = readFileSync((await download.path())!);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A tagged PDF in French with its structure and bookmarks (pdfjs reads them in the API tests).
    const raw = pdf.toString('latin1');
    for (const mark of [
      '/Marked true',
      '/Type /StructTreeRoot',
      '/Lang (fr)',
      '/Outlines',
      '/S /H2',
    ]) {
      expect(raw).toContain(mark);
    }
    // The workbook: dates and rates are typed cells, statuses and kinds words.
    const xlsx = await page.request.get(
      (await item.getByRole('link', { name: /^Classeur XLSX/ }).getAttribute('href'))!,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await xlsx.body()) as unknown as ArrayBuffer);
    const sessions = workbook.getWorksheet('Séances')!;
    expect(sessions.getRow(2).getCell(1).type).toBe(ExcelJS.ValueType.Date);
    expect(['Prévue', 'Confirmée', 'Réalisée', 'Annulée']).toContain(
      sessions.getRow(2).getCell(3).value,
    );
    const rate = workbook.getWorksheet('Parcours')!.getRow(2).getCell(6);
    expect(rate.numFmt).toBe('0.0%');
    expect(errors).toEqual([]);
    await context.close();
  }, 150_000);

  test('the relay fills the grid for a child on a phone (360px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'relay@demo.test');
    const orgId = orgIdOf(page);
    await page.goto(`/o/${orgId}/surveys`);
    await waitForHeading(page, 'Enquêtes d’observation');
    await page.getByRole('link', { name: 'Remplir' }).first().click();
    await waitForHeading(page, `Remplir\u00a0: ${SURVEY}`);
    await page.getByText(/pseudonyme P-/).waitFor();
    for (const question of ['Écoute', 'Rythme', 'Voix', 'Vie de groupe']) {
      await page
        .getByRole('group', { name: new RegExp(question) })
        .getByRole('radio', { name: '4', exact: true })
        .check();
    }
    await page
      .getByRole('group', { name: /Participation spontanée/ })
      .getByRole('radio', { name: 'Souvent' })
      .check();
    await expectAccessible(page, 'the survey filled on a phone');
    await screenshot(page, 'impact-survey-fill-360px');
    await page.getByRole('button', { name: 'Enregistrer' }).click();
    await page.getByText(/Réponse (enregistrée|remplacée) pour/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
