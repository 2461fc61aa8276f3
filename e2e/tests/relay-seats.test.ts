// Free seats through relays: the demo relay names a guest on a phone (first name and a phone
// number), gets the guest's link and opens it: seats offered, a QR code, nothing to pay; then the
// coordinator reads the concert's seats in layers and the relays' ledger in counts at 1280 px,
// and asks for a suggested split. axe on every page.

import type { Browser } from 'playwright-core';
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
} from '../support/browser';

describe.skipIf(skipReason)('free seats through relays', () => {
  let browser: Browser;
  let concertId = '';
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the relay names a guest on a phone and opens the guest’s ticket (360 px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'relay@demo.test');
    // Their home says what is left to name and leads there.
    await page.getByRole('heading', { name: 'Places offertes' }).waitFor();
    await page.getByRole('link', { name: 'Nommer des invités' }).click();
    await page.getByRole('heading', { level: 1, name: 'Places offertes' }).waitFor();
    const panel = page
      .locator('section.allocation-panel')
      .filter({ hasText: 'École maternelle Jean-Jaurès' });
    await panel.getByText('3 places à nommer').waitFor();
    await expectAccessible(page, 'the relay’s free seats');
    await screenshot(page, 'relay-seats-360px');
    await panel.getByLabel('Prénom').fill('Inès');
    await panel.getByLabel('Places (lui compris)').fill('2');
    await panel.getByLabel('Ou numéro de téléphone').fill('+33 6 98 76 54 32');
    await panel.getByRole('button', { name: 'Réserver à son nom' }).click();
    await panel.getByText('Place réservée au nom de Inès').waitFor();
    await panel.getByText('1 place à nommer').waitFor();
    await panel.getByText('Inès').first().waitFor();
    expect(await panel.getByText('+33698765432').count()).toBe(1);
    const link = await panel.locator('.allocation-panel__link').getAttribute('href');
    expect(link).toMatch(/\/p\/[a-z0-9-]+\/reservation\/[a-z0-9]{24}$/);
    await expectAccessible(page, 'the relay’s free seats with a guest named');
    await screenshot(page, 'relay-seats-named-360px');
    concertId = await page.evaluate(async () => {
      const orgId = location.pathname.split('/')[2];
      const response = await fetch(`/api/orgs/${orgId}/relay-allocations`);
      return ((await response.json()) as { items: { concert: { id: string } }[] }).items[0]!.concert
        .id;
    });
    // The guest's ticket: their first name, the seats offered, a QR code, nothing to pay.
    await page.goto(new URL(link!).pathname);
    await page.getByRole('heading', { level: 1, name: 'Votre réservation' }).waitFor();
    await page.getByText('2 places offertes').waitFor();
    expect(await page.getByText('Inès').count()).toBeGreaterThan(0);
    await page.getByRole('img', { name: /Code QR de votre réservation/ }).waitFor();
    await expectAccessible(page, 'the guest’s order page');
    await screenshot(page, 'relay-guest-order-360px');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the coordinator reads the concert’s layers and the ledger in counts, and a suggested split (1280 px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const orgPath = new URL(page.url()).pathname;
    await page.goto(`${orgPath}/calendar/sessions/${concertId}`);
    const card = page.locator('section.seat-layers');
    await card.getByRole('heading', { name: 'Jauge et places offertes' }).waitFor();
    // The two seats Inès holds are counted; her name is not shown.
    await card.getByRole('row', { name: /École maternelle Jean-Jaurès 8 7/ }).waitFor();
    expect(await page.getByText('Inès').count()).toBe(0);
    await expectAccessible(page, 'the concert’s seats in layers');
    await screenshot(page, 'relay-seats-concert-1280px');
    await card.getByRole('button', { name: 'Modifier les attributions' }).click();
    await card.getByText(/score d’accès moyen des communes/).waitFor();
    await card.getByRole('button', { name: 'Proposer une répartition' }).click();
    await card.getByText('Répartition proposée reportée dans les attributions').waitFor();
    await card.getByRole('table', { name: /Poids de chaque relais/ }).waitFor();
    await expectAccessible(page, 'the suggested split');
    await screenshot(page, 'relay-seats-suggestion-1280px');
    await card.getByRole('button', { name: 'Annuler' }).click();
    expect(errors).toEqual([]);
    await context.close();
  });
});
