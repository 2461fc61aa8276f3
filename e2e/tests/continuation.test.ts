// After a journey, the warm handover from the web app: the demo coordinator proposes a choir of the
// directory (« Proposer ce chœur »), picks a singer of the Lormes choir group, records their consent
// given now and introduces them; the introduction is listed as awaiting the choir's answer. A
// missing "what they sang" is named next to its field. Then a listing is written with the form, in
// German for its e-mails. At 1280 and 360 px, axe on each page.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import {
  checkAtBothWidths,
  expectAccessible,
  openBrowser,
  openPage,
  phone,
  screenshot,
  signIn,
  skipReason,
  waitForHeading,
} from '../support/browser';

const baseUrl = inject('e2e').baseUrl ?? '';
const CHOIR = 'Chœur de la Collégiale';
const GROUP = 'Chorale du foyer rural de Lormes';

async function orgPathOf(page: Page) {
  return new URL(page.url()).pathname;
}

describe.skipIf(skipReason)('continuation: introductions to ensembles', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator proposes a choir and introduces a singer with their consent (360, 1280px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const orgPath = await orgPathOf(page);
    await page.goto(`${baseUrl}${orgPath}/ensembles`);
    await waitForHeading(page, 'Annuaire des pratiques');
    await page.getByRole('link', { name: `Proposer « ${CHOIR} » à des participant·es` }).click();
    await waitForHeading(page, `Proposer « ${CHOIR} »`);
    await page.getByLabel('Groupe').selectOption({ label: GROUP });
    const who = page.getByRole('group', { name: 'Qui présenter' });
    const boxes = who.getByRole('checkbox');
    await boxes.first().waitFor();
    const count = await boxes.count();
    expect(count).toBeGreaterThanOrEqual(2);
    const box = boxes.nth(count - 1);
    const label = (await who
      .locator('label')
      .nth(count - 1)
      .textContent())!.trim();
    const firstName = label.split(' ')[0]!;
    await box.check();
    expect(await page.getByLabel('Ensemble', { exact: true }).inputValue()).not.toBe('');
    await page.getByLabel('Pupitre ou instrument').selectOption({ label: 'Altos' });
    // "What they sang" left empty is named next to its field; nothing is sent.
    await page.getByRole('button', { name: 'Présenter', exact: true }).click();
    await page.getByText('Ce champ est obligatoire').first().waitFor();
    await page.getByLabel('Ce qui a été chanté').fill('Le chant des canuts, en canon');
    await page.getByLabel('Donné par').fill(`${label} (elle-même)`);
    await page.getByLabel('Comment').selectOption({ label: 'Sur papier' });
    await checkAtBothWidths(page, 'continuation-introduce', 'the introduction form');
    await page.getByRole('button', { name: 'Présenter', exact: true }).click();
    await waitForHeading(page, 'Présentations aux ensembles');
    const line = page.getByRole('heading', { name: `${firstName} → ${CHOIR}` });
    await line.first().waitFor();
    const item = page.locator('li', { has: line.first() });
    await expect(item.first().textContent()).resolves.toContain('En attente de réponse');
    await expect(item.first().textContent()).resolves.toContain(GROUP);
    await checkAtBothWidths(page, 'continuation-introductions', 'the introductions');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the coordinator writes a listing whose e-mails go in German (360px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    const orgPath = await orgPathOf(page);
    await page.goto(`${baseUrl}${orgPath}/ensembles/new`);
    await waitForHeading(page, 'Nouvelle fiche');
    await page.getByLabel('Nom de l’ensemble').fill('Deutsch-französischer Chor Tannay');
    await page.getByRole('combobox', { name: 'Commune' }).fill('Tannay');
    await page.getByRole('option', { name: /^Tannay.*58286/ }).click();
    await page.getByLabel('Jour').selectOption({ label: 'jeudi' });
    await page.getByLabel('E-mail de l’ensemble').fill('chor.tannay@example.test');
    await page.getByLabel('Langue des e-mails à l’ensemble').selectOption({ label: 'Allemand' });
    await expectAccessible(page, 'the listing form');
    await screenshot(page, 'continuation-listing-form-360px');
    await page.getByRole('button', { name: 'Publier la fiche' }).click();
    await waitForHeading(page, 'Annuaire des pratiques');
    await page.getByLabel('Nom ou commune').fill('Deutsch');
    await page.getByRole('heading', { name: 'Deutsch-französischer Chor Tannay' }).waitFor();
    await page
      .getByRole('link', { name: 'Modifier la fiche « Deutsch-französischer Chor Tannay »' })
      .click();
    await waitForHeading(page, 'Deutsch-französischer Chor Tannay');
    expect(await page.getByLabel('Langue des e-mails à l’ensemble').inputValue()).toBe('de');
    expect(await page.getByLabel('Jour').inputValue()).toBe('TH');
    expect(errors).toEqual([]);
    await context.close();
  });
});
