// The demo admin opens Médias: the demo recordings and poster are there, published; the storage
// quota shows. They upload a short recording through the page (the first attempt's connection is
// cut, and tus resumes), follow it until it is ready and plays, then delete it; at 1280 and 360 px.
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
import { toneWav } from '../support/wav';

const fileName = 'la-440-répétition.wav';

async function openMedia(page: Page, onPhone: boolean) {
  if (onPhone) await page.getByRole('button', { name: 'Menu' }).click();
  await page
    .getByRole('navigation', { name: 'Navigation principale' })
    .getByRole('link', { name: 'Médias' })
    .click();
  await waitForHeading(page, 'Médias');
}

const fileItem = (page: Page, name: string) =>
  page
    .getByRole('list', { name: /^Fichiers de la structure/ })
    .getByRole('listitem')
    .filter({
      has: page.getByRole('heading', { name, exact: true }),
    });

describe.skipIf(skipReason)('media files', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('an admin uploads a recording through a dropped connection, sees it listed and ready, and deletes it', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'admin@demo.test');
    await openMedia(page, false);
    // The demo files, processed by the job queue after start-up.
    const poster = fileItem(page, 'Affiche concert de printemps.jpg');
    await poster.getByText('Prêt').waitFor({ timeout: 30_000 });
    // The thumbnail loads lazily: an image below the fold has no height (hidden) until scrolled to.
    const thumbnail = poster.getByRole('img', { name: 'Affiche concert de printemps.jpg' });
    await thumbnail.evaluate((image) => image.scrollIntoView());
    await expect
      .poll(() =>
        thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth),
      )
      .toBeGreaterThan(0);
    await page.getByText(/utilisés sur 5\sGo/).waitFor();

    // The first PATCH of the bytes is cut before reaching the server: tus-js-client asks the
    // server for its offset (HEAD) and sends again.
    let cut = 0;
    await page.route('**/media-uploads/*', async (route) => {
      if (route.request().method() === 'PATCH' && cut === 0) {
        cut++;
        await route.abort('connectionreset');
        return;
      }
      await route.continue();
    });
    await page
      .getByLabel('Fichier', { exact: true })
      .setInputFiles({ name: fileName, mimeType: 'audio/wav', buffer: toneWav() });
    expect(await page.getByLabel('Usage').inputValue()).toBe('recording');
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    const item = fileItem(page, fileName);
    await item.getByText('Prêt').waitFor({ timeout: 30_000 });
    expect(cut).toBe(1);
    await item.getByText('Audio', { exact: true }).waitFor();
    await item.getByText(/0:01/).waitFor();
    const player = item.getByLabel(`Écouter « ${fileName} »`);
    const src = await player.getAttribute('src');
    const served = await page.request.get(src ?? '', { headers: { range: 'bytes=0-15' } });
    expect(served.status()).toBe(206);
    await expectAccessible(page, 'the media page');
    await screenshot(page, 'media-1280px');

    await page.setViewportSize(phone);
    await expectAccessible(page, 'the media page on a phone');
    await screenshot(page, 'media-360px');
    await page.setViewportSize(desktop);

    await item.getByRole('button', { name: `Supprimer « ${fileName} »` }).click();
    await page.getByRole('dialog', { name: 'Supprimer ce fichier ?' }).waitFor();
    await page.getByRole('dialog').getByRole('button', { name: 'Supprimer' }).click();
    await page.getByRole('heading', { name: fileName }).waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  test('an artist plays the published recordings on a phone but cannot upload or delete', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'artist@demo.test');
    await openMedia(page, true);
    const melody = fileItem(page, 'Au clair de la lune – chorale des Amandiers.wav');
    await melody.getByText('Prêt').waitFor({ timeout: 30_000 });
    await melody.getByLabel(/^Écouter/).waitFor();
    expect(await page.getByRole('heading', { name: 'Envoyer un fichier' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Supprimer/ }).count()).toBe(0);
    expect(await page.getByText('Espace de stockage').count()).toBe(0);
    await expectAccessible(page, 'the media page for an artist');
    expect(errors).toEqual([]);
    await context.close();
  });
});
