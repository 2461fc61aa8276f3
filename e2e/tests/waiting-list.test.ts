// The waiting list of a full concert, as people live it on a phone (360 px): the demo's nearly
// full concert takes its last seats, a person joins its waiting list from the public page, a
// family cancels and frees two seats, the offer e-mail reaches the person (read in the outbox, as
// the admin: no SMTP in the tests), and the person takes the offer from its link and gets an order
// with its QR code. The concert page and the entry's page are weighed (EcoIndex) and their first
// paint timed on Slow 3G. axe on each page. The concert stays full afterwards: the tests that book
// use the demo's other concert, which has room.

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
} from '../support/browser';
import { concertWithWaitingListUrl } from '../support/concerts';
import { firstContentfulPaintOnSlow3g, measurePageWeight } from '../support/page-weight';

const baseUrl = inject('e2e').baseUrl ?? '';
/** Waits on states on a machine other builds keep busy: generous, never a sleep. */
const PATIENCE = 120_000;
const EMAIL = 'lea.fontaine@example.org';

type OutboxItem = { toAddress: string; subject: string; bodyText: string };

/** Posts a classic form of the public pages as the browser would (same origin); no redirect. */
function postForm(path: string, fields: Record<string, string>) {
  return fetch(`${baseUrl}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      origin: baseUrl,
      'sec-fetch-site': 'same-origin',
    },
    body: new URLSearchParams(fields).toString(),
  });
}

/**
 * Books what is left of the concert, two seats at a time (one when one is left), from its booking
 * form; answers the order pages of the bookings of two seats.
 */
async function bookTheLastSeats(concertUrl: string) {
  const pairs: string[] = [];
  for (let round = 0; round < 40; round++) {
    const html = await (await fetch(concertUrl)).text();
    const action = /action="([^"]*\/reserver)[^"]*"/.exec(html)?.[1];
    if (!action) return pairs;
    const tariffs = [...html.matchAll(/name="(q-[0-9a-f-]{36})"/g)].map((m) => m[1]!);
    let booked = false;
    for (const seats of [2, 1]) {
      for (const tariff of tariffs) {
        const response = await postForm(`${new URL(action, baseUrl).pathname}?lang=fr`, {
          name: `Famille de remplissage ${round}`,
          email: `remplissage-${round}@example.org`,
          [tariff]: String(seats),
        });
        if (response.status === 303) {
          const order = new URL(response.headers.get('location')!, baseUrl).pathname;
          if (seats === 2) pairs.push(order);
          booked = true;
          break;
        }
      }
      if (booked) break;
    }
    if (!booked) return pairs;
  }
  throw new Error('The concert never filled up');
}

describe.skipIf(skipReason)('the waiting list of a full concert', () => {
  let browser: Browser;
  let concertUrl: string;
  beforeAll(async () => {
    browser = await openBrowser();
    concertUrl = await concertWithWaitingListUrl(baseUrl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a person joins at 360 px, is offered the freed seats by e-mail, and takes them', async () => {
    const pairs = await bookTheLastSeats(concertUrl);
    expect(pairs.length).toBeGreaterThan(0);
    const weight = await measurePageWeight(browser, concertUrl);
    const fcp = await firstContentfulPaintOnSlow3g(browser, concertUrl);
    console.log(
      `full concert page with its waiting list: ${weight.dom} DOM elements, ${weight.requests} requests, ${weight.kb} KB at 360 px → EcoIndex ${weight.ecoIndex}; first contentful paint on Slow 3G ${fcp} ms`,
    );
    expect(weight.ecoIndex).toBeGreaterThanOrEqual(80);

    // Léa finds the concert full, and joins its waiting list for two.
    const { page, context, errors } = await openPage(browser, phone);
    await page.goto(concertUrl);
    await page.getByText('Complet').first().waitFor();
    expect(await page.getByRole('heading', { name: 'Réserver' }).count()).toBe(0);
    const form = page.getByRole('region', { name: 'Liste d’attente' });
    await form.getByLabel('Nombre de places souhaitées').fill('2');
    await form.getByLabel('Nom', { exact: true }).fill('Léa Fontaine');
    await form.getByLabel('Adresse e-mail').fill(EMAIL);
    await expectAccessible(page, 'the full concert with its waiting list form');
    await screenshot(page, 'waiting-list-full-concert-360px');
    await form.getByRole('button', { name: 'M’inscrire sur la liste d’attente' }).click();
    await page
      .getByRole('heading', { level: 1, name: 'Votre inscription sur la liste d’attente' })
      .waitFor();
    await page.getByText(/Vous êtes n° \d+ sur la liste d’attente, pour 2 places\./).waitFor();
    const entryPath = new URL(page.url()).pathname;
    await expectAccessible(page, 'the waiting list entry');
    await screenshot(page, 'waiting-list-entry-360px');
    const entryWeight = await measurePageWeight(browser, `${baseUrl}${entryPath}`);
    const entryFcp = await firstContentfulPaintOnSlow3g(browser, `${baseUrl}${entryPath}`);
    console.log(
      `waiting list entry page (${entryPath}): ${entryWeight.requests} requests, ${entryWeight.kb} KB → EcoIndex ${entryWeight.ecoIndex}; first contentful paint on Slow 3G ${entryFcp} ms`,
    );

    // A family of two cancels from its order page: the parties ahead want twelve seats each, so
    // the two freed seats are offered to Léa at once.
    const family = await openPage(browser, phone);
    await family.page.goto(`${baseUrl}${pairs[0]}?lang=fr`);
    await family.page.getByRole('button', { name: 'Annuler ma réservation' }).click();
    await family.page.getByRole('heading', { name: 'Réservation annulée' }).waitFor();
    await family.context.close();

    // The offer e-mail, read in the outbox as the admin.
    const admin = await openPage(browser, desktop);
    await signIn(admin.page, 'admin@demo.test');
    const me = await (await admin.page.request.get('/api/me')).json();
    const orgId: string = me.memberships[0].orgId;
    let offer: OutboxItem | undefined;
    await expect
      .poll(
        async () => {
          const outbox = await (await admin.page.request.get(`/api/orgs/${orgId}/outbox`)).json();
          offer = (outbox.items as OutboxItem[]).find(
            (item) => item.toAddress === EMAIL && item.subject.startsWith('Des places pour vous'),
          );
          return offer !== undefined;
        },
        { timeout: PATIENCE, interval: 500 },
      )
      .toBe(true);
    await admin.context.close();
    const link = new RegExp(`https?://[^\\s]+${entryPath}\\?lang=fr`).exec(offer!.bodyText)?.[0];
    expect(link).toBeDefined();

    // Léa opens the offer from the e-mail and takes the two seats.
    await page.goto(`${baseUrl}${new URL(link!).pathname}${new URL(link!).search}`);
    await page.getByRole('heading', { level: 1, name: 'Des places vous attendent' }).waitFor();
    await expectAccessible(page, 'the waiting list offer');
    await screenshot(page, 'waiting-list-offer-360px');
    const quantities = page.locator('input[name^="q-"]');
    await quantities.first().fill('2');
    await page.getByRole('button', { name: 'Confirmer ma réservation' }).click();
    await page.getByRole('heading', { level: 1, name: 'Votre réservation' }).waitFor();
    expect(await page.getByText('2 places').count()).toBeGreaterThan(0);
    await page.getByRole('img', { name: /Code QR de votre réservation/ }).waitFor();
    await expectAccessible(page, 'the order taken from the offer');
    await screenshot(page, 'waiting-list-order-360px');
    // The entry now says it became a booking.
    await page.goto(`${baseUrl}${entryPath}?lang=fr`);
    await page.getByRole('heading', { level: 1, name: 'Réservation confirmée' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  }, 600_000);
});
