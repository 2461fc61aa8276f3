// The demo has no official file: its territories page says which data is missing, and its admin
// follows the link to upload a density grid, reads the preview (a wrong file's refused line first),
// corrects the year and imports it, with axe and screenshots at 1280 px; then the coordinator reads
// the territories page on a phone (360 px), where the density is now partly known.
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

/** An INSEE grid as saved in CSV from its workbook: title lines, then three Nièvre communes. */
const GRID = [
  'Grille communale de densité à 7 niveaux;;;',
  'Géographie au 01/01/2024;;;',
  ';;;',
  'CODGEO;LIBGEO;DENS;LIBDENS',
  '58194;Nevers;3;Ceintures urbaines',
  '58079;Clamecy;5;Bourgs ruraux',
  '58149;Luzy;6;Rural à habitat dispersé',
].join('\r\n');

async function openTerritories(page: Page, viewport: typeof desktop) {
  if (viewport === phone) {
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('dialog', { name: 'Menu' }).waitFor();
  }
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Territoires' })
    .click();
  await waitForHeading(page, 'Territoires');
  await page.getByRole('heading', { name: 'Données de l’indice' }).waitFor({ timeout: 30_000 });
}

/** The upload form's card (a preview shows its own year field). */
const uploadCard = (page: Page) =>
  page.locator('.card', { has: page.getByRole('heading', { name: 'Déposer un fichier' }) });

async function preview(page: Page, name: string, text: string) {
  await uploadCard(page)
    .getByLabel('Fichier CSV')
    .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });
  await page.getByRole('button', { name: 'Prévisualiser' }).click();
  await page.getByRole('heading', { name: `Aperçu de ${name}` }).waitFor({ timeout: 60_000 });
}

describe.skipIf(skipReason)('official files', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('an admin sees what is missing, previews a density grid and imports it (1280px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'admin@demo.test');
    await openTerritories(page, desktop);
    const data = page.locator('.data-status');
    await data.getByText('manquante').first().waitFor();
    await page.getByText(/Mesurée depuis vos \d+ lieux seulement/).waitFor();
    await page
      .getByText(/Classement calculé sans la densité et les quartiers prioritaires/)
      .waitFor();
    await page.getByRole('link', { name: 'Importer les fichiers officiels' }).click();
    await waitForHeading(page, 'Fichiers officiels');

    // A file whose class is out of range: the line and its reason, nothing to import.
    await preview(page, 'grille_densite_fausse_2024.csv', 'CODGEO;DENS\n58194;3\n58079;9\n');
    await page.getByText('Niveau de densité invalide (1 à 7 attendu)').waitFor();
    expect(await page.getByRole('button', { name: 'Importer' }).isDisabled()).toBe(true);
    await page.getByRole('button', { name: 'Abandonner' }).click();
    await page.getByRole('heading', { name: /^Aperçu de/ }).waitFor({ state: 'detached' });

    // The right file: kind and year read from its name, the preview, the year corrected.
    const upload = uploadCard(page);
    await upload.getByLabel('Fichier CSV').setInputFiles({
      name: 'grille_densite_7_niveaux_2024.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(GRID, 'utf8'),
    });
    expect(await upload.getByLabel('Type de fichier').inputValue()).toBe('density-grid');
    expect(await upload.getByLabel('Année des données').inputValue()).toBe('2024');
    await upload.getByRole('button', { name: 'Prévisualiser' }).click();
    const card = page.locator('.card', {
      has: page.getByRole('heading', { name: 'Aperçu de grille_densite_7_niveaux_2024.csv' }),
    });
    await card.waitFor({ timeout: 60_000 });
    await card.getByText('lignes lues').waitFor();
    expect(await card.locator('.reference-figures li').first().textContent()).toBe('3 lignes lues');
    await card.getByRole('region', { name: 'Premières lignes du fichier' }).waitFor();
    await expectAccessible(page, 'official file preview at 1280px');
    await screenshot(page, 'reference-preview-1280px');

    await card.getByLabel('Année des données').fill('2025');
    await card.getByRole('button', { name: 'Importer' }).click();
    await card.getByText(/est importé/).waitFor({ timeout: 60_000 });
    const history = page.getByRole('region', { name: /Fichiers officiels importés/ });
    await history.getByText('grille_densite_7_niveaux_2024.csv').waitFor();
    await history.getByRole('cell', { name: '2025' }).waitFor();
    await expectAccessible(page, 'official file imported at 1280px');
    await screenshot(page, 'reference-imported-1280px');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000); // Two files read by the server's worker, then an import by the job queue.

  test('the coordinator reads what the index rests on, on a phone (360px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    await openTerritories(page, phone);
    const density = page.locator('.data-status__item', { hasText: 'Densité (ruralité)' });
    await density.getByText('partielle').waitFor();
    await density.getByText(/Grille communale de densité.*données 2025/).waitFor();
    // Not an admin: told who can add the files, without a link.
    await page.getByText(/Un·e administrateur·rice de la structure peut importer/).waitFor();
    expect(await page.getByRole('link', { name: 'Importer les fichiers officiels' }).count()).toBe(
      0,
    );
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'territories data at 360px');
    await page.locator('.data-status').scrollIntoViewIfNeeded();
    await screenshot(page, 'territories-data-360px', { fullPage: false });
    expect(errors).toEqual([]);
    await context.close();
  }, 120_000);
});
