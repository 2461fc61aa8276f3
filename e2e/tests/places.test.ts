// The demo coordinator works with partners, venues and artists: finds a town hall, attaches the
// signed agreement and downloads it back, creates a venue found by its commune with opening hours
// (a wrong slot is named next to its field), and reads the artists, on a desktop and on a phone.
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

const pdf = Buffer.from('%PDF-1.7\n% Convention signée\n%%EOF\n');

async function openFromMenu(page: Page, label: string, onPhone: boolean) {
  if (onPhone) await page.getByRole('button', { name: 'Menu' }).click();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: label })
    .click();
}

describe.skipIf(skipReason)('partners, venues and artists', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator attaches a signed agreement to a town hall and downloads it (1280px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    await openFromMenu(page, 'Partenaires', false);
    await waitForHeading(page, 'Structures partenaires');
    await page.getByLabel('Nom, commune ou code postal').fill('clamecy');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.getByText('2 résultats').waitFor();
    await expectAccessible(page, 'the partners list');
    await screenshot(page, 'partners-1280px');

    await page.getByRole('link', { name: 'Mairie de Clamecy' }).click();
    await waitForHeading(page, 'Mairie de Clamecy');
    await page.getByText('Martine Perrin').waitFor();
    const agreement = page.getByRole('listitem').filter({ hasText: 'Convention de résidence' });
    await agreement.getByText('Aucun document.').waitFor();
    await agreement.locator('input[type="file"]').setInputFiles({
      name: 'convention-clamecy.pdf',
      mimeType: 'application/pdf',
      buffer: pdf,
    });
    await page.getByText('Document enregistré.').waitFor();
    const download = agreement.getByRole('link', { name: 'Télécharger convention-clamecy.pdf' });
    const response = await page.request.get((await download.getAttribute('href')) ?? '');
    expect(response.status()).toBe(200);
    expect(Buffer.from(await response.body()).equals(pdf)).toBe(true);
    expect(response.headers()['content-disposition']).toContain('convention-clamecy.pdf');
    await expectAccessible(page, 'a partner with its agreement document');
    await screenshot(page, 'partner-1280px');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the coordinator creates a venue from its commune, corrects an opening slot, and sees it saved (1280px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    await openFromMenu(page, 'Lieux', false);
    await waitForHeading(page, 'Lieux');
    await page.getByRole('link', { name: 'Nouveau lieu' }).click();
    await waitForHeading(page, 'Nouveau lieu');
    await page.getByLabel('Nom du lieu').fill('Salle des fêtes de Tannay');
    await page.getByRole('combobox', { name: 'Commune' }).fill('Tannay');
    await page.getByRole('option', { name: /^Tannay.*58286/ }).click();
    await page.getByText('Commune choisie\u00a0: Tannay (58286)').waitFor();
    expect(await page.getByLabel('Code postal').inputValue()).toBe('58190');
    await page.getByLabel('Capacité (personnes)').fill('120');
    await page.getByLabel('Accès de plain-pied (sans marche)').check();
    await page.getByLabel('Piano').check();
    await page.getByRole('button', { name: 'Ajouter un créneau' }).click();
    const slot = page.getByRole('listitem', { name: 'Créneau 1' });
    await slot.getByLabel('Jour').selectOption('3');
    await slot.getByLabel('De').fill('18:00');
    await slot.getByLabel('À').fill('14:00');
    await page.getByRole('button', { name: 'Créer le lieu' }).click();
    await slot.getByText('L’heure de fin doit être après l’heure de début.').waitFor();
    await expectAccessible(page, 'the new venue form with an error');
    await slot.getByLabel('De').fill('14:00');
    await slot.getByLabel('À').fill('18:00');
    await page.getByRole('button', { name: 'Créer le lieu' }).click();
    await waitForHeading(page, 'Salle des fêtes de Tannay');
    expect(await page.getByLabel('Piano').isChecked()).toBe(true);
    const saved = page.getByRole('listitem', { name: 'Créneau 1' });
    expect(await saved.getByLabel('À').inputValue()).toBe('18:00');
    await expectAccessible(page, 'a venue page');
    await screenshot(page, 'venue-1280px');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the coordinator reads the venues and the artists on a phone (360px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    await openFromMenu(page, 'Lieux', true);
    await waitForHeading(page, 'Lieux');
    await page.getByRole('link', { name: 'Salle des fêtes de Lormes' }).waitFor();
    await expectAccessible(page, 'the venues list on a phone');
    await screenshot(page, 'venues-360px');

    await openFromMenu(page, 'Artistes', true);
    await waitForHeading(page, 'Artistes intervenant·es');
    await page.getByRole('link', { name: 'Sophie Laurent' }).click();
    await waitForHeading(page, 'Sophie Laurent');
    expect(await page.getByLabel('Atelier d’éveil musical').isChecked()).toBe(true);
    await expectAccessible(page, 'an artist on a phone');
    await screenshot(page, 'artist-360px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
