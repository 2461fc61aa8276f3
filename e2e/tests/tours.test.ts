// Tour planning in the browser: the demo coordinator plans the demo village tour from its project,
// watches the progress, reads the comparison and accepts (desktop); on a phone, pins a session and
// plans again. Axe on every page visited.
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

const PROJECT = 'Ateliers chant et écriture en Nièvre';

async function startPlanning(page: Page, label: string) {
  await signIn(page, 'coordinator@demo.test');
  const orgId = page.url().split('/o/')[1]!;
  await page.goto(`/o/${orgId}/projects`);
  await page.getByRole('link', { name: PROJECT }).click();
  await waitForHeading(page, PROJECT);
  await page.getByRole('link', { name: 'Planifier la tournée' }).click();
  await waitForHeading(page, 'Planifier la tournée');
  await page.getByRole('group', { name: /^Séances à placer \(16 sur 16\)/ }).waitFor();
  await expectAccessible(page, `the planning form at ${label}`);
  await screenshot(page, `tours-form-${label}`);
  await page.getByLabel('Durée du calcul (secondes)').fill('5');
  await page.getByRole('button', { name: 'Lancer le calcul' }).click();
  // The run may wait a moment for the job queue before it searches.
  await page
    .getByRole('progressbar', { name: 'Avancement du calcul' })
    .waitFor({ timeout: 60_000 });
  await expectAccessible(page, `the progress at ${label}`);
  await screenshot(page, `tours-progress-${label}`);
}

async function waitForComparison(page: Page, label: string) {
  await page.getByRole('heading', { name: 'Comparaison' }).waitFor({ timeout: 60_000 });
  const plan = page.locator('.tours-compare__card--plan');
  await expect(plan.textContent()).resolves.toMatch(/16 séances placées sur 16/);
  await expect(plan.textContent()).resolves.toMatch(/% de km en moins que le planning actuel/);
  await expectAccessible(page, `the plan at ${label}`);
  await screenshot(page, `tours-result-${label}`);
}

describe.skipIf(skipReason)('planning the demo tour', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('is planned from its project, compared and accepted (1280px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await startPlanning(page, '1280px');
    await waitForComparison(page, '1280px');
    await page.getByRole('heading', { name: /^Élodie Petit/ }).waitFor();

    await page.getByRole('button', { name: 'Accepter le plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Accepter ce plan ?' });
    await dialog.getByText(/séances? vont? changer/).waitFor();
    await expectAccessible(page, 'the accept dialog');
    await screenshot(page, 'tours-accept-1280px', { fullPage: false });
    await dialog.getByRole('button', { name: 'Appliquer les changements' }).click();
    await page.getByText(/mises? à jour\./).waitFor();
    await page.getByText(/Ce plan a été accepté/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  test('is planned again on a phone with a session pinned (360px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await startPlanning(page, '360px');
    await waitForComparison(page, '360px');
    const pin = page.getByRole('button', { name: /^Épingler / }).first();
    const pinned = (await pin.getAttribute('aria-label'))!.replace('Épingler ', '');
    await pin.click();
    await page.getByRole('button', { name: `Désépingler ${pinned}` }).waitFor();
    await page.getByText('Une séance épinglée.').waitFor();
    const firstRun = page.url();
    await page.getByRole('button', { name: 'Replanifier' }).click();
    await page.waitForURL((url) => url.href !== firstRun && url.pathname.includes('/tours/runs/'));
    await page.getByRole('heading', { name: 'Comparaison' }).waitFor({ timeout: 60_000 });
    await page.getByText('épinglée', { exact: true }).first().waitFor();
    await expectAccessible(page, 'the re-planned tour at 360px');
    await screenshot(page, 'tours-replanned-360px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
