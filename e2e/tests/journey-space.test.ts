// The journey space: the demo coordinator adds lyrics and a track (a platform's link) to a
// journey's space and publishes them (1280 px); a family opens the group's secret link on a
// phone, finds the journey's space and plays a track (360 px, the light rendition streamed with
// byte ranges); a guardian's consent for audio and video is withdrawn and the concert video
// disappears from the public space at once, while the coordinator reads why it is held back. The
// concert's live stream lead and programme set by the coordinator, the programme's PDF downloaded
// from the public space. axe on each page. The artist's workshop recording:
// journey-space-recording.test.ts.
import type { JourneySpace } from '@tutti/contracts';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { json, signedInOrg } from '../support/api-json';
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

describe.skipIf(skipReason)('journey space', () => {
  let browser: Browser;
  let space: JourneySpace;
  let concert: JourneySpace | undefined;
  beforeAll(async () => {
    browser = await openBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  test('the coordinator adds lyrics to the space and publishes them (1280 px)', async () => {
    const { page, context, errors } = await openPage(browser, desktop);
    await signIn(page, 'coordinator@demo.test');
    const spaces = await processedSpaces(page);
    space = spaces.find((s) => s.groupUrl)!;
    concert = spaces.find((s) => s.publicUrl);
    expect(space).toBeDefined();
    const { orgId } = await signedInOrg(page);
    await page.goto(`/o/${orgId}/journeys/${space.journey.id}`);
    await waitForHeading(page, space.journey.name);
    const card = page.getByRole('region', { name: 'Espace du parcours' });
    await card.getByText('Retenu : consentement manquant').waitFor();
    await card.getByRole('button', { name: 'Ajouter · Ressources' }).click();
    const dialog = page.getByRole('dialog', { name: /Ajouter à l’espace/ });
    await dialog.getByRole('button', { name: 'Nouvelle ressource' }).click();
    await dialog.getByLabel('Type').selectOption('lyrics');
    await dialog.getByLabel('Titre').fill('Le refrain du bal, pour la maison');
    await dialog.getByLabel('Un texte').check();
    await dialog
      .getByLabel('Texte', { exact: true })
      .fill('Quand notre cœur fait boum,\ntout avec lui dit boum !');
    await dialog.getByLabel('Licence').selectOption('permission');
    await expectAccessible(page, 'the new resource form');
    await dialog.getByRole('button', { name: 'Créer et ajouter' }).click();
    await dialog.waitFor({ state: 'detached' });
    const item = card.getByRole('listitem').filter({
      has: page.getByRole('heading', { name: 'Le refrain du bal, pour la maison' }),
    });
    await item.getByText('Brouillon').waitFor();
    await item.getByRole('button', { name: 'Publier' }).click();
    await item.getByText('Visible').waitFor();
    // And a track of the playlist: a link to a platform, played there.
    await card.getByRole('button', { name: 'Ajouter · Playlist' }).click();
    const trackDialog = page.getByRole('dialog', { name: /Ajouter à l’espace/ });
    await trackDialog.getByRole('button', { name: 'Nouvelle ressource' }).click();
    await trackDialog.getByLabel('Type').selectOption('audio');
    await trackDialog.getByLabel('Titre').fill('Le bal, version de la fanfare');
    await trackDialog.getByLabel('Un lien vers une plateforme').check();
    await trackDialog.getByLabel('Adresse (https)').fill('https://soundcloud.com/demo/le-bal');
    await trackDialog.getByRole('button', { name: 'Créer et ajouter' }).click();
    await trackDialog.waitFor({ state: 'detached' });
    const track = card
      .getByRole('region', { name: 'Playlist' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: 'Le bal, version de la fanfare' }) });
    await track.getByRole('button', { name: 'Publier' }).click();
    await track.getByText('Visible').waitFor();
    // The journey's concert: how long before it families see the live stream's link, and a piece
    // more in its programme.
    const concerts = card.getByRole('region', { name: 'Le concert : direct et programme' });
    await concerts.getByRole('button', { name: 'Direct et programme' }).first().click();
    const concertDialog = page.getByRole('dialog', { name: /^Direct et programme/ });
    await concertDialog.getByLabel('Afficher le lien combien de minutes avant le début').fill('90');
    await concertDialog.getByRole('button', { name: 'Ajouter une œuvre' }).click();
    await concertDialog.getByLabel('Œuvre').last().fill('Le refrain du bal');
    await screenshot(page, 'journey-space-concert-dialog-1280px');
    await concertDialog.getByRole('button', { name: 'Enregistrer' }).click();
    await concertDialog.waitFor({ state: 'detached' });
    await concerts.getByText(/lien visible 90 min avant · \d+ œuvres au programme/).waitFor();
    await expectAccessible(page, 'the journey page with its space');
    await screenshot(page, 'journey-space-coordinator-1280px');
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000); // Several pages and browsers, each checked by axe: minutes on a busy machine.

  test('a family opens the group link on a phone and plays a track (360 px)', async () => {
    const groupPath = new URL(space.groupUrl!).pathname.replace(/\/parcours\/.*$/, '');
    const listenUrl = `${baseUrl}${new URL(space.groupUrl!).pathname}/ecouter`;
    const weight = await measurePageWeight(browser, listenUrl);
    const fcp = await firstContentfulPaintOnSlow3g(browser, listenUrl);
    console.log(
      `journey space playlist: ${weight.dom} DOM elements, ${weight.requests} requests, ${weight.kb} KB at 360 px → EcoIndex ${weight.ecoIndex}; first contentful paint on Slow 3G ${fcp} ms`,
    );
    expect(weight.ecoIndex).toBeGreaterThanOrEqual(80);

    const { page, context, errors } = await openPage(browser, phone);
    const media: { status: number; range: string | null }[] = [];
    page.on('response', (response) => {
      if (response.url().includes('/media/')) {
        media.push({
          status: response.status(),
          range: response.request().headers().range ?? null,
        });
      }
    });
    await page.goto(groupPath);
    await page.getByRole('link', { name: `Ouvrir l’espace « ${space.journey.name} »` }).click();
    await waitForHeading(page, space.journey.name);
    await page.getByRole('heading', { name: 'Prochaines séances' }).waitFor();
    // The journey in easy-to-read words, one sentence a line.
    await page
      .getByRole('region', { name: 'Le parcours en facile à lire' })
      .getByText('C’est gratuit.')
      .waitFor();
    // The next step is an online meeting: its room, the music mode, what it avoids, the calendar.
    await page.getByRole('link', { name: 'Rejoindre la salle en ligne' }).first().waitFor();
    await page
      .getByText(/Séance en ligne plutôt qu’un déplacement : [\d,]+ kg CO₂e évités/)
      .waitFor();
    await page.getByRole('link', { name: 'régler le son pour la musique' }).first().click();
    await page.getByRole('heading', { name: /^Mode musique/ }).waitFor();
    const calendar = await page.request.get(
      (await page
        .getByRole('link', { name: 'Ajouter les séances à mon agenda' })
        .getAttribute('href'))!,
    );
    expect(calendar.status()).toBe(200);
    expect((await calendar.text()).replace(/\r\n /g, '')).toMatch(/\r\nCONFERENCE;VALUE=URI;/);
    await expectAccessible(page, 'the journey space');
    await screenshot(page, 'journey-space-home-360px');
    const homeUrl = `${baseUrl}${new URL(space.groupUrl!).pathname}`;
    const homeWeight = await measurePageWeight(browser, homeUrl);
    const homeFcp = await firstContentfulPaintOnSlow3g(browser, homeUrl);
    console.log(
      `journey space home: ${homeWeight.dom} DOM elements, ${homeWeight.requests} requests, ${homeWeight.kb} KB at 360 px → EcoIndex ${homeWeight.ecoIndex}; first contentful paint on Slow 3G ${homeFcp} ms`,
    );
    expect(homeWeight.ecoIndex).toBeGreaterThanOrEqual(80);
    const wide = await openPage(browser, desktop);
    await wide.page.goto(homeUrl);
    await wide.page.getByRole('heading', { name: /^Mode musique/ }).waitFor();
    await screenshot(wide.page, 'journey-space-home-1280px');
    await wide.context.close();
    await page
      .getByRole('navigation', { name: 'Dans cet espace' })
      .getByRole('link', { name: 'Écouter' })
      .click();
    await page.getByRole('heading', { name: 'Pour tout le parcours' }).waitFor();
    // Nothing of the tracks was fetched before play.
    expect(media).toEqual([]);
    await expectAccessible(page, 'the playlist');
    await screenshot(page, 'journey-space-playlist-360px');
    const player = page
      .getByRole('listitem')
      .filter({ hasText: 'Frère Jacques (en canon)' })
      .locator('audio');
    // The play button of Chromium's controls, at the left of the player.
    await player.click({ position: { x: 20, y: 27 } });
    await expect
      .poll(() => player.evaluate((audio: HTMLAudioElement) => audio.currentTime), {
        timeout: 15_000,
      })
      .toBeGreaterThan(0.2);
    expect(await player.evaluate((audio: HTMLAudioElement) => audio.currentSrc)).toContain(
      '?v=light',
    );
    expect(media.length).toBeGreaterThan(0);
    expect(media.every((answer) => answer.status === 200 || answer.status === 206)).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000); // Several pages and browsers, each checked by axe: minutes on a busy machine.

  test('a withdrawn consent hides the concert video at once, and the coordinator reads why (360 and 1280 px)', async () => {
    expect(concert?.publicUrl).toBeTruthy();
    const video = concert!.entries.find((entry) => entry.resource.kind === 'video')!;
    const family = await openPage(browser, phone);
    const publicPath = new URL(concert!.publicUrl!).pathname;
    await family.page.goto(publicPath);
    await family.page.getByRole('heading', { name: 'Le concert à revoir' }).waitFor();
    await family.page.getByRole('link', { name: /0:14 · Frère Jacques/ }).waitFor();
    // The video's captions: French shown from the start on a French page, English offered.
    const videoPage = await openPage(browser, phone);
    await videoPage.page.goto(`${publicPath}/r/${video.resource.id}`);
    await videoPage.page.getByText('Sous-titres : anglais, français').waitFor();
    const tracks = await videoPage.page.locator('video track').evaluateAll((list) =>
      (list as HTMLTrackElement[]).map((track) => ({
        lang: track.srclang,
        shown: track.default,
        src: track.src,
      })),
    );
    expect(tracks.map(({ lang, shown }) => ({ lang, shown }))).toEqual([
      { lang: 'en', shown: false },
      { lang: 'fr', shown: true },
    ]);
    const vtt = await videoPage.page.request.get(tracks[1]!.src);
    expect(vtt.headers()['content-type']).toBe('text/vtt; charset=utf-8');
    expect(await vtt.text()).toMatch(/^WEBVTT\n[\s\S]*Une souris verte/);
    await expectAccessible(videoPage.page, 'the concert video with its captions');
    await screenshot(videoPage.page, 'journey-space-video-captions-360px');
    await videoPage.context.close();
    await expectAccessible(family.page, 'the public space with its concert');
    await screenshot(family.page, 'journey-space-concert-360px');
    // The concert's programme, a PDF in the page's language.
    const programme = await family.page.request.get(
      (await family.page
        .getByRole('link', { name: 'Le programme du concert' })
        .first()
        .getAttribute('href'))!,
    );
    expect(programme.status()).toBe(200);
    expect(programme.headers()['content-type']).toBe('application/pdf');
    expect(programme.headers()['content-language']).toBe('fr');

    // A guardian withdraws the consent for audio and video of a child the video shows.
    const coordinator = await openPage(browser, desktop);
    await signIn(coordinator.page, 'coordinator@demo.test');
    const { base, csrf, orgId } = await signedInOrg(coordinator.page);
    const child = video.resource.participants[0]!;
    const detail = await json<{
      consents: { id: string; purposes: string[]; withdrawnOn: string | null }[];
    }>(coordinator.page.request, 'GET', `${base}/participants/${child.id}`, csrf);
    const consent = detail.consents.find(
      (c) => !c.withdrawnOn && c.purposes.includes('audio_video'),
    )!;
    await json(
      coordinator.page.request,
      'POST',
      `${base}/participants/${child.id}/consents/${consent.id}/withdraw`,
      csrf,
      {
        withdrawnOn: new Date().toISOString().slice(0, 10),
      },
    );

    await family.page.reload();
    await waitForHeading(family.page, concert!.journey.name);
    expect(await family.page.getByRole('heading', { name: 'Le concert à revoir' }).count()).toBe(0);
    expect(await family.page.locator('video').count()).toBe(0);
    const file = await family.page.request.get(`${publicPath}/media/${video.resource.id}`);
    expect(file.status()).toBe(404);
    await screenshot(family.page, 'journey-space-concert-withdrawn-360px');

    await coordinator.page.goto(`/o/${orgId}/journeys/${concert!.journey.id}`);
    const card = coordinator.page.getByRole('region', { name: 'Espace du parcours' });
    await card.getByText('Retenu : consentement retiré').waitFor();
    await card.getByText(new RegExp(`${child.firstName} \\(accord retiré\\)`)).waitFor();
    await expectAccessible(coordinator.page, 'the journey page with a held-back video');
    await screenshot(coordinator.page, 'journey-space-held-back-1280px');
    expect([...family.errors, ...coordinator.errors]).toEqual([]);
    await family.context.close();
    await coordinator.context.close();
  }, 180_000); // Several pages and browsers, each checked by axe: minutes on a busy machine.
});
