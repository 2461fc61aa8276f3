// The journey space's offline pack: on a phone, a family opens the space's "Hors ligne" page under
// the group link, reads what would be saved and its size before anything is downloaded, saves it,
// then opens the space and plays a track with no network at all; the pages say they are the
// phone's copy. Then they remove it. The page's weight and first paint on Slow 3G are printed.
import type { JourneySpace } from '@tutti/contracts';
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
  waitForHeading,
} from '../support/browser';
import { firstContentfulPaintOnSlow3g, measurePageWeight } from '../support/page-weight';
import { processedSpaces } from '../support/spaces';

const baseUrl = inject('e2e').baseUrl ?? '';

describe.skipIf(skipReason)('journey space offline pack', () => {
  let browser: Browser;
  let space: JourneySpace;
  beforeAll(async () => {
    browser = await openBrowser();
    const { page, context } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const spaces = await processedSpaces(page);
    space = spaces.find((s) => s.groupUrl && s.entries.some((e) => e.resource.kind === 'audio'))!;
    await context.close();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  test('a family saves the space on a phone and plays it with no network (360 px)', async () => {
    expect(space).toBeDefined();
    const spacePath = new URL(space.groupUrl!).pathname;
    const offlineUrl = `${baseUrl}${spacePath}/hors-ligne`;
    const weight = await measurePageWeight(browser, offlineUrl);
    const fcp = await firstContentfulPaintOnSlow3g(browser, offlineUrl);
    console.log(
      `journey space offline page: ${weight.dom} DOM elements, ${weight.requests} requests, ${weight.kb} KB at 360 px → EcoIndex ${weight.ecoIndex}; first contentful paint on Slow 3G ${fcp} ms`,
    );
    expect(weight.ecoIndex).toBeGreaterThanOrEqual(80);

    const { page, context, errors } = await openPage(browser, phone);
    const media: string[] = [];
    page.on('request', (request) => {
      if (request.url().includes('/media/')) media.push(request.url());
    });
    await page.goto(`${spacePath}/hors-ligne`);
    await page.getByRole('heading', { name: 'Emporter l’espace sur ce téléphone' }).waitFor();
    await page.getByLabel(/^La playlist : \d+ morceaux? \(/).waitFor();
    expect(
      await page
        .getByLabel(/^Les vidéos/)
        .isChecked()
        .catch(() => false),
    ).toBe(false);
    const save = page.getByRole('button', { name: /^Enregistrer sur ce téléphone \(/ });
    await save.waitFor();
    // Nothing is downloaded before the person presses the button.
    expect(media).toEqual([]);
    await expectAccessible(page, 'the offline pack page');
    await screenshot(page, 'journey-space-offline-360px');

    await save.click();
    const state = page.getByRole('status');
    await expect
      .poll(() => state.textContent(), { timeout: 60_000 })
      .toMatch(/^Disponible hors ligne : enregistré le .+ \(.+\)\.$/);
    expect(media.length).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Retirer de ce téléphone' }).waitFor();
    await screenshot(page, 'journey-space-offline-saved-360px');

    await context.setOffline(true);
    await page.goto(spacePath);
    await waitForHeading(page, space.journey.name);
    await page
      .getByText(/^Disponible hors ligne : version enregistrée sur ce téléphone le /)
      .waitFor();
    await page
      .getByRole('navigation', { name: 'Dans cet espace' })
      .getByRole('link', { name: 'Écouter' })
      .click();
    await page.getByRole('heading', { name: 'Pour tout le parcours' }).waitFor();
    await screenshot(page, 'journey-space-offline-playlist-360px');
    const player = page.locator('audio').first();
    await player.evaluate((audio: HTMLAudioElement) => audio.play());
    await expect
      .poll(() => player.evaluate((audio: HTMLAudioElement) => audio.currentTime), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0.2);

    await context.setOffline(false);
    await page.goto(`${spacePath}/hors-ligne`);
    await page.getByRole('button', { name: 'Retirer de ce téléphone' }).click();
    await expect
      .poll(() => page.getByRole('status').textContent())
      .toBe('L’espace a été retiré de ce téléphone.');
    expect(await page.evaluate(() => caches.keys())).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);

  test('the offline page at 1280 px', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await page.goto(`${new URL(space.groupUrl!).pathname}/hors-ligne`);
    await page.getByRole('button', { name: /^Enregistrer sur ce téléphone \(/ }).waitFor();
    await screenshot(page, 'journey-space-offline-1280px');
    expect(errors).toEqual([]);
    await context.close();
  });
});
