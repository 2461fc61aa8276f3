// A family books four seats of a demo concert with room left (not the nearly full one, whose
// last seats waiting-list.test takes) from its public page on a phone (360 px), with no account,
// and reads its order page (QR code, calendar file, cancel form); the coordinator then finds the
// order on the concert's Billetterie card (1280 px). axe on every page.

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
import { roomyConcertUrls } from '../support/concerts';
import { firstContentfulPaintOnSlow3g, measurePageWeight } from '../support/page-weight';
import { sessionIdOfPublicCode } from '../support/sessions';

const baseUrl = inject('e2e').baseUrl ?? '';

describe.skipIf(skipReason)('concert bookings', () => {
  let browser: Browser;
  let concertUrl: string;
  beforeAll(async () => {
    browser = await openBrowser();
    [concertUrl] = (await roomyConcertUrls(baseUrl)) as [string];
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a family books four seats from the public page on a phone and reads its order (360 px)', async () => {
    const weight = await measurePageWeight(browser, concertUrl);
    const fcp = await firstContentfulPaintOnSlow3g(browser, concertUrl);
    console.log(
      `concert page with its booking form: ${weight.dom} DOM elements, ${weight.requests} requests, ${weight.kb} KB at 360 px → EcoIndex ${weight.ecoIndex}; first contentful paint on Slow 3G ${fcp} ms`,
    );
    expect(weight.ecoIndex).toBeGreaterThanOrEqual(80);
    const { page, context, errors } = await openPage(browser, phone);
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(concertUrl);
    await page.getByRole('heading', { name: 'Réserver' }).waitFor();
    await expectAccessible(page, 'the concert page with its booking form');
    await screenshot(page, 'concert-public-360px');
    await page.getByLabel('Gratuit', { exact: true }).fill('2');
    await page.getByLabel('Plein tarif (8 €)').fill('2');
    await page
      .getByRole('region', { name: 'Réserver' })
      .getByLabel('Nom', { exact: true })
      .fill('Famille Lambert');
    await page
      .getByRole('region', { name: 'Réserver' })
      .getByLabel('Adresse e-mail')
      .fill('lambert@example.org');
    await page.getByLabel('Besoins d’accessibilité (facultatif)').fill('Une poussette');
    await page
      .getByRole('region', { name: 'Réserver' })
      .getByRole('button', { name: 'Réserver' })
      .click();
    await page.getByRole('heading', { level: 1, name: 'Votre réservation' }).waitFor();
    expect(await page.getByText('4 places').count()).toBeGreaterThan(0);
    await page.getByRole('img', { name: /Code QR de votre réservation/ }).waitFor();
    expect(await page.getByRole('link', { name: 'Ajouter à mon agenda' }).count()).toBe(1);
    await expectAccessible(page, 'the order page');
    await screenshot(page, 'concert-order-360px');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the coordinator sees the order on the Billetterie card (1280 px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const orgPath = new URL(page.url()).pathname;
    const orgId = orgPath.split('/').pop()!;
    const code = new URL(concertUrl).pathname.split('/').pop()!;
    // The concert's session, found in the calendar six weeks at a time.
    const sessionId = await sessionIdOfPublicCode(page.request, orgId, code);
    expect(sessionId).toBeDefined();
    await page.goto(`${orgPath}/calendar/sessions/${sessionId}`);
    await page.getByRole('heading', { name: 'Billetterie' }).waitFor();
    await page.getByRole('rowheader', { name: 'Famille Lambert' }).waitFor();
    expect(await page.getByText('Une poussette').count()).toBe(1);
    await expectAccessible(page, 'the concert with its Billetterie card');
    await screenshot(page, 'concert-box-office-1280px');
    await page.setViewportSize({ width: 360, height: 740 });
    await screenshot(page, 'concert-box-office-360px');
    await page.setViewportSize(desktop);
    await page.goto(concertUrl);
    await page.getByRole('heading', { name: 'Réserver' }).waitFor();
    await screenshot(page, 'concert-public-1280px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
