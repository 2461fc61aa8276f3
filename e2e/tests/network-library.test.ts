// The network's shared library: the demo coordinator opens it from « Réseaux », finds a method
// by a search without accents, filters German entries, reads an entry's usage (people hidden
// under 5), copies a workshop plan into the organisation in one click and sees the takedown
// request waiting for the network's coordinators; then shares a method of its own through the
// form (1280 and 360 px). No personal data in what the library pages load; axe on every page.

import type { Browser } from 'playwright-core';
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

const personal = /@demo\.test|Girard|"firstName"|"lastName"|accessNeeds|guardian/i;

describe.skipIf(skipReason)('network library', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a coordinator searches the library, reads an entry and copies it (360, 1280px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const answers: string[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/library')) answers.push(await response.text());
    });
    const orgPath = new URL(page.url()).pathname;
    await page.goto(`${orgPath}/reseaux`);
    await waitForHeading(page, 'Réseaux');
    await page.getByRole('link', { name: 'Bibliothèque' }).click();
    await waitForHeading(page, 'Bibliothèque partagée');
    const list = page.getByRole('list', { name: 'Bibliothèque partagée' });
    await list.getByRole('link', { name: 'Probenplan Kinderchor (10 Proben)' }).waitFor();
    // The journey template Liège ran with 23 people; the takedown request from Luxembourg.
    await list.getByText('23 personnes présentes').waitFor();
    await page.getByText('Demandes de retrait').waitFor();
    await page.getByText(/Valeureux Liégeois/).waitFor();
    await checkAtBothWidths(page, 'network-library', 'library');

    // Accents and case do not matter.
    await page
      .getByRole('searchbox', { name: 'Rechercher (titre, texte, mots-clés)' })
      .fill('eveil BOITE');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await list.getByRole('link', { name: 'Éveil musical : la boîte à sons' }).waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(1);
    await list.getByText('personnes : masqué (moins de 5)').waitFor();
    await page.getByRole('searchbox', { name: 'Rechercher (titre, texte, mots-clés)' }).fill('');
    await page.getByLabel('Langue').selectOption('de');
    await list.getByRole('link', { name: 'Bewertungsbogen Mitmachkonzert' }).waitFor();
    await expect.poll(() => list.getByRole('listitem').count()).toBe(2);

    await page.getByLabel('Langue').selectOption('en');
    await list.getByRole('link', { name: 'Workshop plan: body percussion for teenagers' }).click();
    await waitForHeading(page, 'Workshop plan: body percussion for teenagers');
    await page.getByText('Session 3 – Call and response').waitFor();
    await page.getByText('CC BY 4.0').waitFor();
    await page.getByRole('button', { name: 'Copier dans ma structure' }).click();
    await page.getByText(/Copié dans votre structure \(version 1\)/).waitFor();
    await checkAtBothWidths(page, 'network-library-entry', 'library entry');
    expect(answers.length).toBeGreaterThanOrEqual(3);
    for (const body of answers) expect(body).not.toMatch(personal);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a coordinator shares a method with the network through the form', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const orgPath = new URL(page.url()).pathname;
    await page.goto(`${orgPath}/reseaux`);
    await page.getByRole('link', { name: 'Bibliothèque' }).click();
    await page.getByRole('link', { name: 'Partager avec le réseau' }).click();
    await waitForHeading(page, 'Partager avec le réseau');
    await page.getByLabel('Titre').fill('Chanter en canon avec des seniors');
    await page.getByLabel('Résumé').fill('Trois canons faciles et une mise en voix douce.');
    await page
      .getByLabel('Texte', { exact: true })
      .fill('1. Respiration. 2. Frère Jacques à trois voix.');
    await page.getByLabel('Seniors').check();
    await page.getByLabel('Mots-clés').fill('canon, seniors');
    await expectAccessible(page, 'library share form');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'network-library-share-1280px');
    await page.getByRole('button', { name: 'Partager', exact: true }).click();
    await waitForHeading(page, 'Chanter en canon avec des seniors');
    await page.getByRole('button', { name: 'Retirer de la bibliothèque' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
