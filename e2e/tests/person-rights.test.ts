// The demo admin follows people's requests about their data: reads the log (one open, one
// answered), downloads a family's PDF, and on a phone previews an erasure; on a desktop notes an
// erasure request and erases the person, seeing what was removed and what is kept. Checked with axe.
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

async function openRights(page: Page, onPhone: boolean) {
  if (onPhone) await page.getByRole('button', { name: 'Menu' }).click();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Droits des personnes' })
    .click();
  await waitForHeading(page, 'Droits des personnes');
}

describe.skipIf(skipReason)('a person’s rights', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the admin reads the log, downloads the PDF and previews an erasure on a phone (360px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'admin@demo.test');
    await openRights(page, true);
    const log = page.getByRole('list', { name: 'Demandes reçues' });
    await log.getByText('Rectification').waitFor();
    await log.getByText('Accès à ses données').waitFor();
    await expectAccessible(page, 'the rights log');
    await screenshot(page, 'rights-log-360px');

    // The answered access request's person: export and erasure preview.
    await log.locator('.rights-item--answered a').first().click();
    await page.getByRole('heading', { name: 'Droits de la personne' }).waitFor();
    const pdfLink = page.getByRole('link', { name: 'Exporter ses données (PDF)' });
    const pdf = await page.request.get((await pdfLink.getAttribute('href'))!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
    const raw = (await pdf.body()).toString('latin1');
    for (const mark of [
      '/Marked true',
      '/Type /StructTreeRoot',
      '/Lang (fr)',
      '/Outlines',
      '/S /Table',
    ]) {
      expect(raw).toContain(mark);
    }
    await page.getByRole('button', { name: 'Effacer', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Sera effacé' }).waitFor();
    await dialog.getByRole('heading', { name: 'Est gardé, sans nom' }).waitFor();
    await dialog
      .getByText(/pour les chiffres de fréquentation rendus aux financeurs/)
      .first()
      .waitFor();
    await expectAccessible(page, 'the erasure preview');
    await screenshot(page, 'rights-erasure-preview-360px', { fullPage: false });
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('the admin notes an erasure request and erases the person (1280px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'admin@demo.test');
    await openRights(page, false);
    await expectAccessible(page, 'the rights log');
    await screenshot(page, 'rights-log-1280px');
    const open = page.locator('.rights-item--open').first();
    const name = (await open.locator('.item__title a').textContent()) ?? '';
    await open.locator('.item__title a').click();
    await waitForHeading(page, name);

    // The rectification request opens the record's edit form.
    await page.getByRole('button', { name: 'Corriger la fiche' }).click();
    await page.getByRole('dialog', { name: `Modifier la fiche de ${name}` }).waitFor();
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Noter une demande' }).click();
    const form = page.getByRole('dialog', { name: 'Noter une demande' });
    await form.getByLabel('Demande').selectOption('erasure');
    await form.getByRole('button', { name: 'Noter la demande' }).click();
    await page
      .getByRole('list', { name: 'Demandes de cette personne' })
      .getByText('Effacement')
      .waitFor();

    await page.getByRole('button', { name: 'Effacer', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('heading', { name: 'Sera effacé' }).waitFor();
    await screenshot(page, 'rights-erasure-preview-1280px', { fullPage: false });
    await dialog.getByRole('button', { name: 'Effacer définitivement' }).click();
    await dialog.getByRole('heading', { name: 'A été effacé' }).waitFor();
    await expectAccessible(page, 'the erasure account');
    await screenshot(page, 'rights-erasure-done-1280px', { fullPage: false });
    await dialog.locator('.dialog__actions').getByRole('button', { name: 'Fermer' }).click();
    await waitForHeading(page, 'Anonyme');

    await openRights(page, false);
    const log = page.getByRole('list', { name: 'Demandes reçues' });
    await log.getByText(/Personne effacée — Effacement/).waitFor();
    await screenshot(page, 'rights-log-after-erasure-1280px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
