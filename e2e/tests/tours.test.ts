// Tour planning in the browser: the demo coordinator plans the demo village tour from its project
// (its three dates agreed with partners kept, "change as little as possible" ticked for them, the
// lunch break rule shown), watches the progress, reads the comparison made on the same sessions and
// accepts (desktop); on a phone, frees an agreed date, asks for a longer lunch break, pins a
// session and plans again. Axe on every page visited.
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

async function startPlanning(page: Page, label: string, adjust?: (page: Page) => Promise<void>) {
  await signIn(page, 'coordinator@demo.test');
  const orgId = page.url().split('/o/')[1]!;
  await page.goto(`/o/${orgId}/projects`);
  await page.getByRole('link', { name: PROJECT }).click();
  await waitForHeading(page, PROJECT);
  await page.getByRole('link', { name: 'Planifier la tournée' }).click();
  await waitForHeading(page, 'Planifier la tournée');
  const sessions = page.getByRole('group', { name: /^Séances à placer \(16 sur 16\)/ });
  await sessions.waitFor();
  // Where each session stands now, with its date: never "Aujourd'hui" for a date weeks ahead.
  await expect(sessions.textContent()).resolves.toMatch(
    /Actuellement\u00a0: le \S+ \d+ \S+ à \d\d:\d\d/,
  );
  await expect(sessions.textContent()).resolves.not.toMatch(/Aujourd’hui/);
  await expect(sessions.getByText(/^Date convenue avec /).count()).resolves.toBe(3);
  await expect(
    page
      .getByRole('checkbox', { name: 'Changer le moins possible le planning actuel' })
      .isChecked(),
  ).resolves.toBe(true);
  await page.getByText(/^Coché parce que 3 séances ont une date convenue/).waitFor();
  await expect(page.getByLabel('Minutes libres d’affilée, au moins').inputValue()).resolves.toBe(
    '45',
  );
  await adjust?.(page);
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
  await expect(plan.textContent()).resolves.toMatch(
    /(% de km en (moins|plus) que|Autant de km que) le planning actuel/,
  );
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
    // The comparison says why the sides differ, compares the same sessions, and names the rules kept.
    await page.getByText(/% de km en moins que le planning actuel, à séances égales/).waitFor();
    await page
      .getByText(/^Séances placées\u00a0: 16 dans le plan proposé, 9 dans le planning actuel\./)
      .waitFor();
    await page.getByText(/7 séances n’ont pas encore d’artiste/).waitFor();
    await page
      .getByText(/Pause déjeuner\u00a0: au moins 45\u00a0min libres entre 12:00 et 13:30\./)
      .waitFor();
    await page.getByText(/3 dates convenues avec des partenaires sont gardées\./).waitFor();
    await page.getByRole('heading', { name: /^Élodie Petit/ }).waitFor();
    await expect(page.getByText('date convenue', { exact: true }).count()).resolves.toBe(3);

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
    await startPlanning(page, '360px', async (form) => {
      await form
        .getByRole('checkbox', { name: /^Laisser le plan déplacer / })
        .first()
        .check();
      await form.getByText(/^Libérée\u00a0: le plan peut la déplacer/).waitFor();
      await form.getByLabel('Minutes libres d’affilée, au moins').fill('60');
    });
    await waitForComparison(page, '360px');
    await page.getByText(/Pause déjeuner\u00a0: au moins 60\u00a0min libres/).waitFor();
    await page.getByText(/Une séance confirmée a été libérée\./).waitFor();
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
