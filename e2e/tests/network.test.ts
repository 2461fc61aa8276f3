// Networks: the demo coordinator, a coordinator of the demo network across a border (FR, BE, LU),
// opens it from « Réseaux »: members' figures side by side with « non communiqué » where a member
// reported nothing, the map of communes reached with the Arlon overlap, the common agenda; no
// personal data anywhere in what the network pages load (1280 and 360 px). The network's public
// agenda is in the sitemap, light (EcoIndex, first paint on Slow 3G) and serves its iCal feed. The
// coordinator publishes a news post from the network's page, where the agenda form also is.
// axe on every page.

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
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
  type Viewport,
  waitForHeading,
} from '../support/browser';
import { firstContentfulPaintOnSlow3g, measurePageWeight } from '../support/page-weight';

const baseUrl = inject('e2e').baseUrl ?? '';
const publicAgenda = `${baseUrl}/p/musique-en-chemins/reseau/musique-en-partage`;
/**
 * What would be personal data: e-mail addresses, a demo family's name, participants' fields.
 * (The network names the staff holding its roles: they act for their organisation.)
 */
const personal = /@demo\.test|Girard|"firstName"|"lastName"|accessNeeds|guardian/i;

describe.skipIf(skipReason)('networks', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a network coordinator reads the dashboard and map without personal data (360, 1280px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const networkAnswers: string[] = [];
    page.on('response', async (response) => {
      if (response.url().includes('/api/networks/')) networkAnswers.push(await response.text());
    });
    const orgPath = new URL(page.url()).pathname;
    await page.goto(`${orgPath}/reseaux`);
    await waitForHeading(page, 'Réseaux');
    await page.getByText('Réseau Musique en partage (démo)').waitFor();
    await checkAtBothWidths(page, 'networks', 'networks list');
    await page.getByRole('link', { name: 'Ouvrir' }).click();
    await waitForHeading(page, 'Réseau Musique en partage (démo)');
    const table = page.getByRole('table', { name: 'Tableau de bord' });
    await table.getByRole('rowheader', { name: /Maison de la musique de Liège/ }).waitFor();
    await table.getByRole('rowheader', { name: /Ensemble Mosaïque Luxembourg/ }).waitFor();
    // The Luxembourg ensemble shares no carbon figure: said in words, never a zero.
    await table.getByText('non communiqué').first().waitFor();
    // Leaflet drew the members' communes on its canvas.
    const map = page.locator('section.access-map__canvas');
    await map.locator('canvas').first().waitFor();
    // Arlon (BE), where the Liège and Luxembourg members run a cross-border project.
    await page.getByText('1 commune touchée par plusieurs membres', { exact: true }).waitFor();
    await page.getByText('Musiques sans frontières : concert transfrontalier').waitFor();
    // When the figures were computed (every night by the scheduled refresh), and the white
    // zones: a layer of the map with a legend saying what they are and what they rest on.
    await page.getByText(/^Dernier calcul : /).waitFor();
    await page.getByRole('heading', { name: 'Zones blanches' }).waitFor();
    await page.getByText(/^Fondé sur les communes des séances tenues par chaque membre/).waitFor();
    await checkAtBothWidths(page, 'network', 'network page');
    expect(networkAnswers.length).toBeGreaterThanOrEqual(3);
    for (const body of networkAnswers) expect(body).not.toMatch(personal);
    expect(errors).toEqual([]);
    await context.close();
  });

  test('a coordinator publishes news to the network and finds where to publish an event', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const orgPath = new URL(page.url()).pathname;
    await page.goto(`${orgPath}/reseaux`);
    await page.getByRole('link', { name: 'Ouvrir' }).click();
    await waitForHeading(page, 'Réseau Musique en partage (démo)');
    await page.getByRole('heading', { name: 'Nos événements à l’agenda commun' }).waitFor();
    await page.getByRole('heading', { name: 'Publier un événement' }).waitFor();
    const news = page.getByRole('form', { name: 'Publier une actualité' });
    await news.getByLabel('Titre').fill('Stage de chant transfrontalier à Arlon');
    await news.getByLabel('Texte').fill('Trois jours de chant pour les relais des trois pays.');
    await news.getByRole('button', { name: 'Publier' }).click();
    await page.getByText('Actualité publiée, signée par votre structure.').waitFor();
    const list = page.getByRole('list', { name: 'Actualités du réseau' });
    await list.getByText('Stage de chant transfrontalier à Arlon').waitFor();
    await expectAccessible(page, 'network page with its forms');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'network-publishing-1280px');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the public agenda is in the sitemap, light, and serves its calendar feed', async () => {
    const sitemap = await (await fetch(`${baseUrl}/sitemap.xml`)).text();
    expect(sitemap).toContain(`<loc>${publicAgenda}</loc>`);
    const weight = await measurePageWeight(browser, publicAgenda);
    const fcp = await firstContentfulPaintOnSlow3g(browser, publicAgenda);
    console.log(
      `network agenda page: ${weight.dom} DOM elements, ${weight.requests} requests, ${weight.kb} KB at 360 px → EcoIndex ${weight.ecoIndex}; first contentful paint on Slow 3G ${fcp} ms`,
    );
    expect(weight.ecoIndex).toBeGreaterThanOrEqual(80);
    expect(fcp).toBeLessThan(3000);
    for (const [viewport, label] of [
      [phone, '360px'],
      [desktop, '1280px'],
    ] as [Viewport, string][]) {
      const { page, context } = await openPage(browser, viewport);
      await page.goto(publicAgenda);
      await page
        .getByRole('heading', { level: 1, name: 'Réseau Musique en partage (démo)' })
        .waitFor();
      await page.getByText('Répétition ouverte : chants du monde').waitFor();
      expect(await page.content()).not.toMatch(personal);
      await expectAccessible(page, `public network agenda at ${label}`);
      await screenshot(page, `network-public-${label}`);
      await context.close();
    }
    const ics = await fetch(`${publicAgenda}/agenda.ics`);
    expect(ics.headers.get('content-type')).toContain('text/calendar');
    expect(await ics.text()).toContain('Musiques sans frontières');
  });
});
