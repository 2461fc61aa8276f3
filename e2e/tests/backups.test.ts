// The demo admin asks for a backup on a phone and sees it done with what the archive holds; on a
// desktop, asking for another within ten minutes is explained rather than queued. Checked with axe.
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

describe.skipIf(skipReason)('backups', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function openBackups(page: Page, onPhone: boolean) {
    if (onPhone) await page.getByRole('button', { name: 'Menu' }).click();
    await page
      .getByRole('navigation', { name: 'Navigation principale' })
      .getByRole('link', { name: 'Sauvegardes' })
      .click();
    await waitForHeading(page, 'Sauvegardes');
    await page.getByText('Chaque jour à 03:40 (heure du serveur)').waitFor();
  }

  test('on a phone (360px), the admin asks for a backup and sees it done', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'admin@demo.test');
    await openBackups(page, true);
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    const runs = page.getByRole('list', { name: 'Dernières sauvegardes' });
    const requested = runs.getByRole('listitem').filter({ hasText: 'Demandée' });
    await requested.getByText('Réussie').waitFor({ timeout: 30_000 });
    expect(await requested.first().textContent()).toMatch(/\d+ tables · [\d\s]+ lignes/);
    await expectAccessible(page, 'the backups page');
    await screenshot(page, 'backups-360px');
    expect(errors).toEqual([]);
    await context.close();
  });

  test('on a desktop (1280px), asking again within ten minutes is explained', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'admin@demo.test');
    await openBackups(page, false);
    await page
      .getByText(/^Réussie$/)
      .first()
      .waitFor();
    await page.getByRole('button', { name: 'Sauvegarder maintenant' }).click();
    await page.getByText('La dernière sauvegarde a moins de 10 minutes').waitFor();
    await screenshot(page, 'backups-1280px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
