// After a journey, what to join nearby: a person in Lormes (rural, 60 km) finds the two choirs of
// the demo directory from the public page on a phone, opens one; in Luzy, a white zone, the page
// says so and offers the kit to start a choir. The directory and a listing are light (EcoIndex A)
// and paint within 3 s on Slow 3G. The coordinator reads the directory and a group's matches.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
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
import { firstContentfulPaintOnSlow3g, measurePageWeight } from '../support/page-weight';

const baseUrl = inject('e2e').baseUrl ?? '';
const directory = `${baseUrl}/p/musique-en-chemins/annuaire`;

describe.skipIf(skipReason)('the directory of amateur practice', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a person in Lormes finds two choirs on a phone, and Luzy is offered to start one', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(directory);
    await waitForHeading(page, 'Chanter et jouer près de chez vous');
    await expectAccessible(page, 'the public directory');
    await screenshot(page, 'directory-public-360px');
    await page.getByRole('link', { name: 'Trouver un ensemble près de chez moi' }).click();
    await waitForHeading(page, 'Trouver un ensemble');
    await page.getByLabel('Votre commune ou votre code postal').fill('Lormes');
    await page.getByLabel('Votre âge (facultatif)').fill('42');
    await page.getByRole('checkbox', { name: 'Chorale' }).check();
    await page.getByRole('button', { name: 'Chercher' }).click();
    await page.getByRole('heading', { name: '2 ensembles à portée de Lormes' }).waitFor();
    const results = page.locator('section[aria-labelledby="results"] li');
    expect(await results.count()).toBe(2);
    await expect(results.nth(0).textContent()).resolves.toContain('Chorale À travers chants');
    await expect(results.nth(1).textContent()).resolves.toContain('Chœur de la Collégiale');
    await expect(page.locator('main').textContent()).resolves.toContain('estimations');
    await expectAccessible(page, 'the finder’s results');
    await screenshot(page, 'directory-finder-lormes-360px');
    await page.getByRole('link', { name: 'Chœur de la Collégiale' }).click();
    await waitForHeading(page, 'Chœur de la Collégiale');
    await expect(page.locator('main').textContent()).resolves.toContain('le mardi à 20:00');
    await expectAccessible(page, 'a listing');
    await screenshot(page, 'directory-listing-360px');

    await page.goto(`${directory}/trouver?commune=Luzy&kinds=choir`);
    await page.getByRole('heading', { name: 'Aucun ensemble à portée de Luzy' }).waitFor();
    await expect(page.locator('main').textContent()).resolves.toContain(
      'rien n’existe aujourd’hui à moins de 60 km de Luzy',
    );
    await expectAccessible(page, 'a white zone');
    await screenshot(page, 'directory-white-zone-360px');
    await page.getByRole('link', { name: /Le kit.*Lancer un chœur ici/ }).click();
    await waitForHeading(page, 'Lancer un chœur à Luzy');
    await expectAccessible(page, 'the kit');
    await screenshot(page, 'directory-kit-360px');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the directory and a listing are light (EcoIndex A) and paint within 3 s on Slow 3G', async () => {
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    const listing = [...sitemap.matchAll(/<loc>([^<]+\/ensembles\/[a-z0-9]+)<\/loc>/g)][0]?.[1];
    expect(listing).toBeDefined();
    const pages = {
      directory,
      listing: `${baseUrl}${new URL(listing!).pathname}`,
      finder: `${directory}/trouver?commune=Lormes&kinds=choir`,
    };
    for (const [kind, url] of Object.entries(pages)) {
      const weight = await measurePageWeight(browser, url);
      const fcp = await firstContentfulPaintOnSlow3g(browser, url);
      console.log(
        `directory page ${kind}: ${weight.dom} DOM elements, ${weight.requests} requests, ${weight.kb} KB at 360 px → EcoIndex ${weight.ecoIndex}; first contentful paint on Slow 3G ${fcp} ms`,
      );
      expect(weight.ecoIndex, `EcoIndex of ${kind}`).toBeGreaterThanOrEqual(80);
      expect(fcp, `first contentful paint of ${kind}`).toBeLessThan(3000);
      const { page, context } = await openPage(browser, desktop);
      await page.goto(url);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await screenshot(page, `directory-${kind}-1280px`);
      await context.close();
    }
  });

  test('the coordinator reads the directory, with the proposal to review, and a group’s matches', async () => {
    for (const viewport of [desktop, phone]) {
      const { page, context } = await openPage(browser, viewport);
      await signIn(page, 'coordinator@demo.test');
      const orgPath = new URL(page.url()).pathname;
      await page.goto(`${baseUrl}${orgPath}/ensembles`);
      await waitForHeading(page, 'Annuaire des pratiques');
      await page.getByRole('heading', { name: 'Les Chanteurs du Val de Loire' }).waitFor();
      await expectAccessible(page, 'the directory page');
      await screenshot(page, `directory-coordinator-${viewport.width}px`);
      await page.goto(`${baseUrl}${orgPath}/ensembles/for-group`);
      await waitForHeading(page, 'Que rejoindre après le parcours ?');
      const select = page.getByLabel('Groupe');
      const options = await select.locator('option').allTextContents();
      const lormes = options.find((name) => /Lormes/.test(name));
      if (lormes) {
        await select.selectOption({ label: lormes });
        await page.getByText(/Rayon de 60 km autour de Lormes/).waitFor();
      }
      await expectAccessible(page, 'a group’s matches');
      await screenshot(page, `directory-group-${viewport.width}px`);
      await context.close();
    }
  });
});
