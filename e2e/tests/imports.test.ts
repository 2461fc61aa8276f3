// The demo coordinator imports a class list into a demo group: one line is wrong, the preview says
// which and where, the corrected file goes in at once; then the list is exported for Excel.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
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

const GROUP = 'CE2 de l’école de Luzy';

/** Excel's "CSV (séparateur : point-virgule)" on a French Windows: Latin letters in Windows-1252. */
function classList(birthDateOfNoe: string) {
  const lines = [
    'Prénom;Nom;Date de naissance;Commune;Code postal',
    'Anouk;Vasseur;05/03/2016;Luzy;58170',
    `Élise;Grimaud;${birthDateOfNoe};Luzy;58170`,
    'Théo;Lacombe;17/06/2016;Nevers;58000',
  ];
  return Buffer.from(`${lines.join('\r\n')}\r\n`, 'latin1');
}

async function dropFile(page: Page, buffer: Buffer) {
  await page
    .getByLabel('Fichier', { exact: true })
    .setInputFiles({ name: 'eleves-ce2.csv', mimeType: 'text/csv', buffer });
  await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
  await page.getByRole('heading', { name: 'Aperçu de « eleves-ce2.csv »' }).waitFor();
}

describe.skipIf(skipReason)('imports and exports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a coordinator imports a class list, fixes the one wrong line, and exports the group', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Participant·es' })
      .click();
    await waitForHeading(page, 'Participant·es');
    await page.getByRole('link', { name: 'Importer' }).click();
    await waitForHeading(page, 'Importer des participant·es');
    await page.getByLabel('Groupe de destination').selectOption({ label: GROUP });

    await dropFile(page, classList('31/02/2016'));
    await page.getByText('Lu comme CSV, encodage Windows-1252').waitFor();
    await page
      .getByText('Ligne 3, Date de naissance : « 31/02/2016 » n’est pas une date (jj/mm/aaaa).')
      .waitFor();
    // The wrong cell is marked in the table too: the age band the birth date would have given.
    const table = page.getByRole('table', { name: 'Ligne 3 du fichier (1 sur 1)' });
    expect(await table.locator('.import-cell--error').allTextContents()).toEqual([
      'Erreur : 31/02/2016',
    ]);
    await page.getByText(/rien n’est importé tant qu’une ligne est en erreur/).waitFor();
    expect(await page.getByRole('button', { name: /^Importer \d+ lignes?$/ }).count()).toBe(0);
    await expectAccessible(page, 'a preview with an error');
    await screenshot(page, 'import-preview-error-1280px');
    await page.setViewportSize(phone);
    await expectAccessible(page, 'a preview with an error on a phone');
    await screenshot(page, 'import-preview-error-360px');
    await page.setViewportSize(desktop);

    await dropFile(page, classList('28/02/2016'));
    await page.getByRole('button', { name: 'Importer 3 lignes' }).click();
    await page.getByText('3 lignes importées.').waitFor();
    await expectAccessible(page, 'an applied import');
    await screenshot(page, 'import-applied-1280px');

    await page.getByRole('link', { name: 'Voir la liste' }).click();
    await waitForHeading(page, 'Participant·es');
    await page.getByLabel('Groupe', { exact: true }).selectOption({ label: GROUP });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('link', { name: 'Élise Grimaud' }).waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporter CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^participants-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    // The byte order mark tells Excel it is UTF-8 (String.trim would drop it: checked first).
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = csv.slice(1).trim().split('\r\n');
    expect(header).toBe(
      "Prénom;Nom;Tranche d'âge;Commune;Code INSEE;Groupe;Autorisation parentale",
    );
    expect(rows).toContain(`Élise;Grimaud;6-10 ans;Luzy;58149;${GROUP};manquante`);
    expect(rows.every((row) => row.endsWith(';manquante') || row.endsWith(';donnée'))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
