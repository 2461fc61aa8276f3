// The demo coordinator imports a class list into a demo group: one line is wrong, the preview says
// which and where, the corrected file goes in at once; then the list is exported for Excel. And an
// office's Excel export naming five groups the demo does not have goes in in one pass.
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
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

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * Another tool's "Exporter vers Excel": five classes and a nursing-home wing the demo has never
 * heard of, consents as "oui"/"non" or a date, a guardian's phone as typed or as a number that
 * lost its zero, postal codes as numbers (01000 became 1000), a trailing space.
 */
async function officeExport(): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Export');
  const rows: ExcelJS.CellValue[][] = [
    [
      'Nom',
      'Prénom',
      'Date de naissance',
      'Classe',
      'Code postal',
      'Commune',
      'Autorisation parentale',
      'Responsable légal',
      'Téléphone du responsable',
    ],
    [
      'Martin',
      'Jade',
      day(2021, 3, 14),
      'PS Les Lutins',
      58170,
      'Luzy',
      'oui',
      'Paul Martin',
      '06 12 34 56 78',
    ],
    ['Bernard', 'Louis', day(2021, 7, 2), 'PS Les Lutins', 58170, 'Luzy', 'non', null, null],
    [
      'Petit',
      'Emma',
      day(2020, 1, 30),
      'MS Les Écureuils',
      58170,
      'Luzy',
      day(2025, 9, 8),
      'Anne Petit',
      612345678,
    ],
    [
      'Robert',
      'Gabriel',
      day(2020, 11, 5),
      'MS Les Écureuils',
      1000,
      'Bourg-en-Bresse',
      'oui',
      null,
      null,
    ],
    ['Richard', 'Alice', day(2019, 4, 22), 'GS Les Hiboux', 58170, 'Luzy', null, null, null],
    ['Garnier', 'Nino', day(2019, 6, 3), 'GS Les Hiboux', 58170, 'Luzy', null, null, null],
    ['Durand', 'Léo', day(2016, 5, 9), 'CM1 B', 58000, 'Nevers', 'oui', 'Marc Durand', null],
    ['Faure', 'Rose', day(2016, 2, 17), 'CM1 B', 58000, 'Nevers ', 'non', null, null],
    [
      'Dubois',
      'Germaine',
      day(1938, 2, 11),
      'EHPAD Les Tilleuls – aile B',
      58170,
      'Luzy',
      null,
      null,
      null,
    ],
    [
      'Moreau',
      'Marcel',
      day(1941, 8, 19),
      'EHPAD Les Tilleuls – aile B',
      58170,
      'Luzy',
      null,
      null,
      null,
    ],
  ];
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
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
    // Line 2 is shown too: its birth date was read day first, which the preview says.
    const table = page.getByRole('table', { name: 'Lignes 2 à 3 du fichier (2 sur 2)' });
    await table.waitFor();
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

  test('an office Excel export naming five unknown groups imports in one pass', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const orgPath = new URL(page.url()).pathname;
    await page.goto(`${orgPath}/participants/import`);
    await waitForHeading(page, 'Importer des participant·es');
    await page.getByLabel('Fichier', { exact: true }).setInputFiles({
      name: 'export-inscriptions.xlsx',
      mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      buffer: await officeExport(),
    });
    await page.getByRole('button', { name: 'Voir l’aperçu' }).click();
    await page.getByRole('heading', { name: 'Aperçu de « export-inscriptions.xlsx »' }).waitFor();

    // Nothing is an error: five groups wait for a choice, the repairs are said and counted.
    const unknown = page.getByRole('heading', { name: 'Valeurs inconnues de Tutti' });
    await unknown.waitFor();
    await page.getByText('5 valeurs attendent encore un choix.').waitFor();
    for (const name of ['PS Les Lutins', 'MS Les Écureuils', 'GS Les Hiboux', 'CM1 B']) {
      await page.getByText(`Groupe « ${name} »`, { exact: true }).waitFor();
    }
    await page.getByText('1 code postal complété de son zéro initial').waitFor();
    await page.getByText('2 téléphones mis au format international').waitFor();
    await page.getByText('1 espace retiré autour d’une valeur').waitFor();
    // The nursing-home wing is alike the demo's residents' group: suggested, not chosen.
    const wing = page.getByRole('listitem').filter({ hasText: 'EHPAD Les Tilleuls – aile B' });
    const wingAction = wing.getByLabel('Que faire de ces lignes ?');
    expect(await wingAction.locator('option').allTextContents()).toContain(
      'Résidents de l’EHPAD Les Tilleuls (ressemblance 48 %)',
    );
    expect(await page.getByRole('button', { name: /^Importer \d+ lignes?$/ }).count()).toBe(0);
    await expectAccessible(page, 'a preview with five unknown groups');
    await screenshot(page, 'import-unknown-groups-1280px');
    await page.setViewportSize(phone);
    await expectAccessible(page, 'a preview with five unknown groups on a phone');
    await screenshot(page, 'import-unknown-groups-360px');
    await page.setViewportSize(desktop);

    await page.getByRole('button', { name: 'Créer les 5 groupes restants' }).click();
    await page.getByText('Chaque valeur a son choix.').waitFor();
    await expect
      .poll(() => wing.getByLabel('Type du groupe créé').inputValue())
      .toBe('nursing_home_group');
    const lutins = page.getByRole('listitem').filter({ hasText: 'PS Les Lutins' });
    expect(await lutins.getByLabel('Type du groupe créé').inputValue()).toBe('class');
    await expectAccessible(page, 'a preview whose unknown groups are to be created');
    await screenshot(page, 'import-unknown-groups-chosen-1280px');
    await page.setViewportSize(phone);
    await screenshot(page, 'import-unknown-groups-chosen-360px');
    await page.setViewportSize(desktop);

    await page.getByRole('button', { name: 'Importer 10 lignes' }).click();
    await page
      .getByText(
        '10 lignes importées. 5 groupes ou structures créés. 4 autorisations parentales enregistrées.',
      )
      .waitFor();
    await page.getByRole('link', { name: 'Voir la liste' }).click();
    await waitForHeading(page, 'Participant·es');
    await page.getByLabel('Groupe', { exact: true }).selectOption({ label: 'PS Les Lutins' });
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByRole('link', { name: 'Jade Martin' }).click();
    await page
      .getByText('importée de « export-inscriptions.xlsx », ligne 2', { exact: false })
      .waitFor();
    expect(errors).toEqual([]);
    await context.close();
    // Four axe runs and four full-page screenshots: over a minute on a loaded machine.
  }, 150_000);
});
