// Territories: the demo coordinator picks a department, reads the map and the ranked list, and
// exports the CSV; at 1280 px and 360 px, with axe. The machine has no internet: the map shows
// its data over a plain background, as it must when tiles cannot load.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  desktop,
  expectAccessible,
  openBrowser,
  openPage,
  phone,
  screenshot,
  screenshotsDir,
  signIn,
  skipReason,
  waitForHeading,
} from '../support/browser';

async function openTerritories(page: Page, viewport: typeof desktop) {
  if (viewport === phone) {
    await page.getByRole('button', { name: 'Menu' }).click();
    await page.getByRole('dialog', { name: 'Menu' }).waitFor();
  }
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Territoires' })
    .click();
  await waitForHeading(page, 'Territoires');
  // The form appears with the first report (the reference data set loads on first use).
  await page.getByLabel('Type de zone').waitFor({ timeout: 30_000 });
}

/** The map alone (with the table the page is thousands of pixels tall), clear of the header. */
async function screenshotMap(page: Page, name: string) {
  mkdirSync(screenshotsDir, { recursive: true });
  const map = page.locator('.access-map');
  await map.evaluate((element) => element.scrollIntoView({ block: 'center' }));
  await map.screenshot({ path: join(screenshotsDir, `${name}.png`) });
}

async function showDepartment(page: Page, code: string, name: string) {
  await page.getByLabel('Type de zone').selectOption('department');
  await page.getByLabel('Département', { exact: true }).selectOption(code);
  await page.getByRole('button', { name: 'Afficher', exact: true }).click();
  await page.getByText(`${name} (${code})\u00a0:`).waitFor();
  await page.getByRole('heading', { name: 'Classement' }).waitFor();
}

describe.skipIf(skipReason)('territories', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('a coordinator picks a department, sees the map and the ranked list, and exports the CSV (1280px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    await openTerritories(page, desktop);
    await showDepartment(page, '48', 'Lozère');

    // The map: Leaflet drew the communes' official shapes on its canvas, over a plain
    // background, with the source named; no commune of Lozère is left as a circle.
    const map = page.getByRole('region', { name: /Carte des communes de la zone/ });
    await map.waitFor();
    expect(await map.locator('canvas').count()).toBeGreaterThan(0);
    await page.getByText(/^152 communes colorées selon le score d’accès/).waitFor();
    await page.getByText('Fond de carte indisponible').waitFor();
    await page
      .locator('.leaflet-control-attribution', { hasText: 'IGN — Admin Express COG 2018' })
      .waitFor();
    await page.getByText(/limites officielles \(IGN/).waitFor();
    expect(await page.getByText(/sans contour officiel/).count()).toBe(0);

    // The ranked list: 50 rows first, each with its reasons; Lozère has 152 communes.
    const rows = page.getByRole('table').getByRole('row');
    expect(await rows.count()).toBe(51);
    const first = rows.nth(1);
    // The demo has no official file and no venue near Lozère: every commune shares rank 1.
    expect(await first.getByRole('cell').first().textContent()).toBe('1ex æquo');
    expect(await first.getByRole('listitem').first().textContent()).toMatch(/pts$/);
    await page.getByRole('button', { name: 'Afficher 50 communes de plus' }).click();
    expect(await rows.count()).toBe(101);
    await expectAccessible(page, 'territories at 1280px');
    await screenshot(page, 'territories-lozere-1280px');
    await screenshotMap(page, 'territories-map-lozere-1280px');

    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Exporter en CSV' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^territoires-lozere-48-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toMatch(/^Rang;Code commune;Commune;Département;Population;Score d’accès/);
    expect(lines.slice(1, 153).every((line) => /^\d+;(48\d{3});/.test(line))).toBe(true);
    expect(lines[153]).toBe('');
    expect(csv).toContain('Score d’accès (0 à 100');

    expect(errors).toEqual([]);
    await context.close();
  });

  test('reads on a phone, with the table under the map (360px)', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'coordinator@demo.test');
    await openTerritories(page, phone);
    await showDepartment(page, '2A', 'Corse-du-Sud');
    await page.getByRole('region', { name: /Carte des communes de la zone/ }).waitFor();
    expect(await page.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
    // Nothing wider than the screen but the table's own scroll box.
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'territories at 360px');
    await screenshot(page, 'territories-corse-du-sud-360px');
    await screenshotMap(page, 'territories-map-corse-du-sud-360px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
