// Paying for seats: the coordinator records payments taken on site from the orders of a demo
// concert's Billetterie card (1280 and 360 px) and reads them in the order's row, the admin sets
// the price cap on the Billetterie settings page and the coordinator reads it without the
// HelloAsso form; a family's order page says what is left to pay, on site, with no online payment
// offered (no HelloAsso account in the demo), on a concert with room left (not the nearly full
// one). axe on every page.

import type { Browser, Page } from 'playwright-core';
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

const baseUrl = inject('e2e').baseUrl ?? '';

/** The first demo concert with orders, found in the calendar six weeks at a time. */
async function concertWithOrders(page: Page, orgId: string) {
  for (let week = 0; week < 60; week += 6) {
    const from = new Date(Date.now() + week * 7 * 86_400_000).toISOString().slice(0, 10);
    const to = new Date(Date.now() + (week + 6) * 7 * 86_400_000 - 86_400_000)
      .toISOString()
      .slice(0, 10);
    const calendar = (await (
      await page.request.get(`/api/orgs/${orgId}/sessions?from=${from}&to=${to}`)
    ).json()) as { items: { id: string; kind: string; publicCode: string | null }[] };
    for (const session of calendar.items.filter((s) => s.kind === 'concert' && s.publicCode)) {
      const payments = (await (
        await page.request.get(`/api/orgs/${orgId}/sessions/${session.id}/payments`)
      ).json()) as { items: unknown[] };
      if (payments.items.length > 0) return session;
    }
  }
  throw new Error('No demo concert has orders');
}

describe.skipIf(skipReason)('payments', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator records culture vouchers for an order to pay, and reads a partly paid one on a phone', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const orgPath = new URL(page.url()).pathname;
    const concert = await concertWithOrders(page, orgPath.split('/').pop()!);
    await page.goto(`${orgPath}/calendar/sessions/${concert.id}`);
    await page.getByRole('heading', { name: 'Billetterie' }).waitFor();
    await page.getByRole('rowheader', { name: 'Monique Perrin' }).waitFor();
    await page.getByText(/^Encaissé .* sur .* · reste à payer/).waitFor();
    await screenshot(page, 'payments-box-office-1280px');
    await page.getByRole('button', { name: 'Paiements de Monique Perrin' }).click();
    const dialog = page.getByRole('dialog', { name: 'Paiements — Monique Perrin' });
    await dialog.getByText('Aucun paiement pour l’instant.').waitFor();
    await dialog.getByLabel('Moyen de paiement').selectOption('cultureVoucher');
    await expectAccessible(page, 'the payments of an order to pay');
    await screenshot(page, 'payments-dialog-to-pay-1280px', { fullPage: false });
    await dialog.getByRole('button', { name: 'Enregistrer le paiement' }).click();
    await dialog.getByRole('listitem').filter({ hasText: 'Chèques culture' }).waitFor();
    await dialog.getByText('Karim Benali').waitFor();
    await screenshot(page, 'payments-dialog-paid-1280px', { fullPage: false });
    await dialog.getByRole('button', { name: 'Fermer' }).click();
    const row = page.getByRole('row').filter({ has: page.getByText('Monique Perrin') });
    await row.getByText('Payé', { exact: true }).waitFor();
    // The order's row lists its payment lines (from the orders' JSON): method, amount, day, who.
    await row
      .getByRole('list', { name: 'Paiements enregistrés pour Monique Perrin' })
      .getByRole('listitem')
      .filter({ hasText: /^Chèques culture — [\d,]+\s€le \d+ .+ \d{4}, par Karim Benali$/ })
      .waitFor();

    await page.setViewportSize(phone);
    await page.getByRole('button', { name: 'Paiements de Thomas Roux' }).click();
    const partly = page.getByRole('dialog', { name: 'Paiements — Thomas Roux' });
    await partly.getByText(/^Reste à payer : 10,00/).waitFor();
    await expectAccessible(page, 'the payments of a partly paid order on a phone');
    await screenshot(page, 'payments-dialog-partly-paid-360px', { fullPage: false });
    await partly.getByRole('button', { name: 'Fermer' }).click();
    await page
      .getByRole('list', { name: 'Paiements enregistrés pour Thomas Roux' })
      .getByRole('listitem')
      .first()
      .waitFor();
    await screenshot(page, 'payments-box-office-360px');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the admin sets the price cap, refused below the tariffs to come; the coordinator reads the HelloAsso card', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'admin@demo.test');
    const orgPath = new URL(page.url()).pathname;
    await page.getByRole('link', { name: 'Billetterie' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Paramètres de billetterie' }).waitFor();
    const cap = page.getByLabel('Prix maximum d’une place (€)');
    expect(await cap.inputValue()).toBe('10');
    await page.getByText(/^Tarif le plus élevé des concerts à venir : 10,00/).waitFor();
    await cap.fill('5');
    await page.getByRole('button', { name: 'Enregistrer le plafond' }).click();
    await page.getByText('Ces concerts à venir ont un tarif au-dessus').waitFor();
    await cap.fill('12');
    await page.getByRole('button', { name: 'Enregistrer le plafond' }).click();
    await page.getByText('Le plafond est enregistré.').waitFor();
    await page.getByText('Non configuré : le paiement en ligne n’est pas proposé.').waitFor();
    await page.getByLabel('Identifiant client (client id)').waitFor();
    await expectAccessible(page, 'the Billetterie settings page');
    await screenshot(page, 'payments-settings-1280px');
    await page.setViewportSize(phone);
    await screenshot(page, 'payments-settings-360px');
    await context.close();

    const coordinator = await openPage(browser, phone);
    await signIn(coordinator.page, 'coordinator@demo.test');
    await coordinator.page.goto(`${orgPath}/box-office/settings`);
    await coordinator.page
      .getByText('Seuls les administrateurs saisissent ou modifient le compte HelloAsso.')
      .waitFor();
    expect(await coordinator.page.getByLabel('Identifiant client (client id)').count()).toBe(0);
    expect(await coordinator.page.getByLabel('Prix maximum d’une place (€)').inputValue()).toBe(
      '12',
    );
    await expectAccessible(coordinator.page, 'the Billetterie settings page for a coordinator');
    await screenshot(coordinator.page, 'payments-settings-coordinator-360px');
    expect([...errors, ...coordinator.errors]).toEqual([]);
    await coordinator.context.close();
  });

  test('a family’s order page says what is left to pay on site (360 and 1280 px)', async () => {
    const [concertUrl] = await roomyConcertUrls(baseUrl);
    const { page, context, errors } = await openPage(browser, phone);
    await page.goto(concertUrl!);
    await page.getByLabel('Plein tarif (8 €)').fill('2');
    await page
      .getByRole('region', { name: 'Réserver' })
      .getByLabel('Nom', { exact: true })
      .fill('Famille Da Silva');
    await page
      .getByRole('region', { name: 'Réserver' })
      .getByLabel('Adresse e-mail')
      .fill('dasilva@example.org');
    await page
      .getByRole('region', { name: 'Réserver' })
      .getByRole('button', { name: 'Réserver' })
      .click();
    await page.getByRole('heading', { level: 2, name: 'Paiement' }).waitFor();
    await page.getByText('Reste à payer').waitFor();
    expect(await page.getByRole('button', { name: 'Payer en ligne avec HelloAsso' }).count()).toBe(
      0,
    );
    await expectAccessible(page, 'the order page with its payment');
    await screenshot(page, 'payments-order-page-360px');
    await page.setViewportSize(desktop);
    await screenshot(page, 'payments-order-page-1280px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
