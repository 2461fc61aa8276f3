// The demo coordinator finds a child without guardian consent and records the paper form handed in;
// the relay person sees only their two classes; both on a desktop and on a phone, checked with axe.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
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

async function openFromMenu(page: Page, label: string, onPhone: boolean) {
  if (onPhone) await page.getByRole('button', { name: 'Menu' }).click();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: label })
    .click();
}

describe.skipIf(skipReason)('groups and participants', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator records a missing guardian consent (360, 1280px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    await openFromMenu(page, 'Participant·es', true);
    await waitForHeading(page, 'Participant·es');
    await page.getByLabel('Autorisation parentale').selectOption('missing');
    await page.getByText(/^\d+ personnes?$/).waitFor();
    await checkAtBothWidths(page, 'participants-missing-consent', 'participants without consent');

    const first = page.locator('.item__title a').first();
    const name = (await first.textContent()) ?? '';
    await first.click();
    await waitForHeading(page, name);
    await page.getByText(/Mineur·e sans autorisation en cours/).waitFor();
    await page.getByRole('button', { name: 'Ajouter une autorisation' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouvelle autorisation parentale' });
    await dialog.getByRole('button', { name: 'Enregistrer l’autorisation' }).click();
    // The guardian's name is required: said next to the field.
    await dialog.getByText('Ce champ est obligatoire.').waitFor();
    await dialog.getByLabel('Nom du ou de la responsable légal·e').fill('Fatou Diallo');
    await dialog.getByRole('button', { name: 'Enregistrer l’autorisation' }).click();
    await page.getByText(/Signée le .* par Fatou Diallo, sur papier/).waitFor();
    expect(await page.getByText(/Mineur·e sans autorisation en cours/).count()).toBe(0);
    await checkAtBothWidths(page, 'participant', 'a participant with a consent');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the relay person sees only their own groups, without access needs (360px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'relay@demo.test');
    await openFromMenu(page, 'Groupes', true);
    await waitForHeading(page, 'Groupes');
    await page.getByText('2 résultats').waitFor();
    await expectAccessible(page, "the relay's groups");
    await screenshot(page, 'relay-groups-360px');
    await page.getByRole('link', { name: 'CM1-CM2 — école Paul-Bert' }).click();
    await waitForHeading(page, 'CM1-CM2 — école Paul-Bert');
    await page.locator('.item__title a').first().click();
    await page.getByRole('heading', { name: 'Autorisations parentales' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Besoins d’accessibilité' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });
});
