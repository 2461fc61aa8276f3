// A singer of the demo choir on a phone (360 px): the viewer's account sings with the first
// altos. They open their page from the choirs list, read the messages sent to them (the
// first altos' one new until opened), answer the next rehearsal (kept after
// a reload), say where they are on the piece, subscribe to their part's calendar (the address
// serves the rehearsals as iCalendar), open the practice page, set an A–B loop that the playing
// track comes back to, slow the tempo (the pitch kept), open the large-print lyrics and send
// their own recording (tus), which their page then lists as waiting to be heard. axe on
// each page; screenshots at 360 and 1280 px.
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

const PATIENCE = 60_000;
const PIECE = 'Dona nobis pacem';

/**
 * Moves the player to `seconds` and waits until it is there, as a person's hand would: Chromium
 * left a player sought twice within a few milliseconds waiting for data for good (ready state 1,
 * playing but never moving on).
 */
const seekTo = (page: Page, seconds: number) =>
  page.locator('audio').evaluate(
    (element: HTMLAudioElement, to: number) =>
      new Promise<void>((resolve) => {
        element.addEventListener('seeked', () => resolve(), { once: true });
        element.currentTime = to;
      }),
    seconds,
  );

/** The player's state as the page sees it. */
const audioState = (page: Page) =>
  page.locator('audio').evaluate((element: HTMLAudioElement) => ({
    currentTime: element.currentTime,
    playbackRate: element.playbackRate,
    preservesPitch: element.preservesPitch,
    paused: element.paused,
    duration: element.duration,
  }));

describe.skipIf(skipReason)('a choir singer on a phone', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(() => browser?.close());

  test('answers a rehearsal, practises a passage in a loop at a slower tempo, reads the lyrics without a score', async () => {
    const { page, context, errors } = await openPage(browser, phone);
    await signIn(page, 'viewer@demo.test');
    const orgId = new URL(page.url()).pathname.split('/')[2]!;
    await page.goto(`/o/${orgId}/choirs`);
    await waitForHeading(page, 'Chœurs');
    await page.getByRole('link', { name: 'Ma page de choriste' }).first().click();
    await waitForHeading(page, 'Ma page de choriste');
    await expect.poll(() => page.getByText(/· Alto 1 ·/).count(), { timeout: PATIENCE }).toBe(1);

    // The messages sent to them: the whole choir's, read; Sophie's to the first altos, new until
    // opened (a server kept between runs may have it read already).
    const tutti = page.locator('details').filter({ hasText: 'la répétition générale change' });
    await tutti.waitFor({ timeout: PATIENCE });
    expect(await tutti.getByText('Nouveau').count()).toBe(0);
    const fromSophie = page.locator('details').filter({ hasText: 'mesures 12 à 20' });
    if ((await fromSophie.getByText('Nouveau').count()) > 0) {
      const read = page.waitForResponse(
        (response) => response.request().method() === 'PUT' && /\/read$/.test(response.url()),
      );
      await fromSophie.locator('summary').click();
      expect((await read).status()).toBe(200);
      await expect
        .poll(() => fromSophie.getByText('Nouveau').count(), { timeout: PATIENCE })
        .toBe(0);
    } else {
      await fromSophie.locator('summary').click();
    }
    await expect
      .poll(() => fromSophie.getByText(/au tempo 80/).isVisible(), { timeout: PATIENCE })
      .toBe(true);
    await screenshot(page, 'choir-singer-messages-360');
    await page.setViewportSize(desktop);
    await screenshot(page, 'choir-singer-messages-1280', { fullPage: false });
    await page.setViewportSize(phone);

    // The next rehearsal: one tap on « Oui », saved, still there after a reload.
    const next = page.getByRole('group', { name: /^Venez-vous le/ }).first();
    const question = await next.evaluate((element) => element.querySelector('legend')!.textContent);
    // Another answer than the one saved (a server kept between runs keeps the last one).
    const answer = (await next.getByRole('radio', { name: 'Peut-être' }).isChecked())
      ? 'Oui'
      : 'Peut-être';
    const saved = page.waitForResponse(
      (response) => response.request().method() === 'PUT' && /\/rsvp$/.test(response.url()),
    );
    await next.getByRole('radio', { name: answer }).check();
    expect((await saved).status()).toBe(200);
    await expect
      .poll(() => next.getByRole('radio', { name: answer }).isChecked(), { timeout: PATIENCE })
      .toBe(true);
    await page.reload();
    await waitForHeading(page, 'Ma page de choriste');
    const again = page.getByRole('group', { name: question! });
    await expect
      .poll(() => again.getByRole('radio', { name: answer }).isChecked(), {
        timeout: PATIENCE,
      })
      .toBe(true);

    // Where they are on the piece.
    const learning = page.getByRole('group', { name: `Où en êtes-vous sur « ${PIECE} » ?` });
    await learning.getByRole('radio', { name: 'Prêt·e à vérifier' }).check();
    await expect
      .poll(() => learning.getByRole('radio', { name: 'Prêt·e à vérifier' }).isChecked(), {
        timeout: PATIENCE,
      })
      .toBe(true);

    // Their part's calendar: the address serves the rehearsals.
    await page.getByRole('button', { name: 'Créer l’adresse de mon agenda' }).click();
    const address = page.getByRole('textbox', { name: 'Adresse' });
    await address.waitFor({ timeout: PATIENCE });
    const feed = await page.request.get(new URL(await address.inputValue()).pathname);
    expect(feed.status()).toBe(200);
    const ics = await feed.text();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toMatch(/SUMMARY:Répétition/);
    await expectAccessible(page, 'the singer page');
    await screenshot(page, 'choir-singer-360');

    // Practice: the part's track, an A–B loop, a slower tempo that keeps the pitch.
    await page.getByRole('link', { name: 'Travailler cette pièce' }).first().click();
    await waitForHeading(page, PIECE);
    await expect
      .poll(async () => (await audioState(page)).duration, { timeout: PATIENCE })
      .toBeGreaterThan(3);
    expect(await page.getByRole('radio', { name: /Ma voix seule/ }).isChecked()).toBe(true);
    await page.locator('audio').evaluate((element: HTMLAudioElement) => {
      element.muted = true;
    });
    await seekTo(page, 1);
    await page.getByRole('button', { name: 'Début A' }).click();
    await seekTo(page, 2.5);
    await page.getByRole('button', { name: 'Fin B' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Boucle de 0:01 à 0:02' }).count(),
    ).resolves.toBe(1);
    // Playing on past B comes back to A: the player seeks back to 0:01 by itself.
    await page.locator('audio').evaluate((element: HTMLAudioElement) => {
      const seeks: number[] = [];
      (window as unknown as { seeks: number[] }).seeks = seeks;
      element.addEventListener('seeked', () => seeks.push(element.currentTime));
      // Not awaited in the page: a busy machine may take a while to start playing.
      void element.play();
    });
    await expect
      .poll(
        () =>
          page.evaluate(() =>
            (window as unknown as { seeks: number[] }).seeks.some((at) => at >= 0.9 && at < 1.3),
          ),
        { timeout: PATIENCE, interval: 250 },
      )
      .toBe(true);
    expect((await audioState(page)).paused).toBe(false);

    await page.getByLabel(/^Tempo/).fill('75');
    await expect(page.getByText('Tempo : 75 %').count()).resolves.toBe(1);
    const slowed = await audioState(page);
    expect(slowed.playbackRate).toBe(0.75);
    expect(slowed.preservesPitch).toBe(true);
    await page.locator('audio').evaluate((element: HTMLAudioElement) => {
      element.pause();
    });

    // The download is the track's light copy.
    const download = page.getByRole('link', { name: 'Télécharger pour écouter hors ligne' });
    const href = await download.getAttribute('href');
    expect(href).toMatch(/\/media\/[0-9a-f-]{36}\/content\?variant=/);
    expect((await page.request.get(href!)).status()).toBe(200);

    // « Sans partition »: the lyrics in large print.
    await page.getByRole('button', { name: 'Sans partition' }).click();
    const lyrics = page.getByRole('region', { name: 'Paroles' });
    await expect(lyrics.getByText('Dona nobis pacem, pacem,').count()).resolves.toBe(1);
    const size = await lyrics.evaluate((element) => getComputedStyle(element).fontSize);
    expect(Number.parseFloat(size)).toBeGreaterThanOrEqual(24);
    // Their own recording, sent with tus for the section leader to check.
    await page.getByLabel('Enregistrement (fichier audio)').setInputFiles({
      name: 'ma-voix.wav',
      mimeType: 'audio/wav',
      buffer: toneWav(440, 2),
    });
    await page
      .getByText('Envoyé : il attend l’écoute de votre chef·fe de pupitre.')
      .waitFor({ timeout: PATIENCE });
    await expectAccessible(page, 'the practice page');
    await screenshot(page, 'choir-practice-360');

    await page.setViewportSize(desktop);
    await screenshot(page, 'choir-practice-1280');
    await page.goBack();
    await waitForHeading(page, 'Ma page de choriste');
    await expect
      .poll(() => page.getByText('En attente d’écoute').count(), { timeout: PATIENCE })
      .toBeGreaterThan(0);
    await screenshot(page, 'choir-singer-1280');
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);
});
