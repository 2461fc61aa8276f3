// A journey space's words for everyone: the easy-to-read summary (FALC) on the space's home, and a
// video's captions (WebVTT, one track per language) checked on the way in, played beside the video
// on the families' pages, kept in the offline pack, and gone with the video when it is held back.
import type { JourneySpace, SpaceResource } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSpaceJourney,
  createResource,
  groupSpacePath,
  place,
  publish,
  storeReadyFile,
} from '../../testing/space-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import type { Pack } from './offline-pack';

type Answer = { body: unknown };
const spaceOf = (answer: Answer) => answer.body as JourneySpace;
const resourceOf = (answer: Answer) => answer.body as SpaceResource;
const errorOf = (answer: Answer) =>
  (answer.body as { error: { code: string; fields: { path: string; message: string }[] } }).error;

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist'], 'Musique en Bocage');
}, 120_000);
afterAll(() => t.close());

const visit = (url: string) => t.app.inject({ method: 'GET', url });

const FRENCH = [
  'WEBVTT',
  '',
  '00:00:01.000 --> 00:00:04.000',
  '♪ Meunier, tu dors ♪',
  '',
  '00:00:04.000 --> 00:00:07.500',
  '♪ Ton moulin va trop vite ♪',
  '',
].join('\n');

async function videoInSpace() {
  const staff = org.members.coordinator;
  const journey = await buildSpaceJourney(staff, org.id);
  const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);
  const film = await createResource(staff, org.id, {
    kind: 'video',
    title: 'Le moulin filmé',
    mediaId: await storeReadyFile(t, org.id, {
      fileName: 'moulin.webm',
      mediaType: 'video/webm',
      bytes: Buffer.alloc(20_000, 1),
    }),
  });
  await publish(staff, org.id, film.id);
  await place(staff, org.id, journey.journeyId, { resourceId: film.id, section: 'resources' });
  return { staff, journey, spacePath, film };
}

const captionsPath = (resourceId: string, lang: string) =>
  `/api/orgs/${org.id}/space-resources/${resourceId}/captions/${lang}`;

describe('the easy-to-read summary', () => {
  it('is shown on the space’s home one sentence a line, and kept when the settings leave it out', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);
    const settings = `/api/orgs/${org.id}/journeys/${journey.journeyId}/space`;
    const saved = await staff.request('PUT', settings, {
      welcome: null,
      publicSlug: null,
      easyRead: 'Votre enfant chante avec un artiste.\n\nÀ la fin, il y a un concert.  ',
    });
    expect(saved.status).toBe(200);
    expect(spaceOf(saved).easyRead).toBe(
      'Votre enfant chante avec un artiste.\n\nÀ la fin, il y a un concert.',
    );
    const home = await visit(spacePath);
    expect(home.body).toContain(
      '<section class="easy-read" aria-labelledby="easy-read"><h2 id="easy-read">Le parcours en facile à lire</h2><p>Votre enfant chante avec un artiste.</p><p>À la fin, il y a un concert.</p></section>',
    );

    const kept = await staff.request('PUT', settings, { welcome: 'Bonjour', publicSlug: null });
    expect(spaceOf(kept).easyRead).toBe(spaceOf(saved).easyRead);
    const tooLong = await staff.request('PUT', settings, {
      welcome: null,
      publicSlug: null,
      easyRead: 'a'.repeat(3001),
    });
    expect(tooLong.status).toBe(400);
    expect(errorOf(tooLong).fields[0]?.path).toBe('body.easyRead');
    const cleared = await staff.request('PUT', settings, {
      welcome: null,
      publicSlug: null,
      easyRead: null,
    });
    expect(spaceOf(cleared).easyRead).toBeNull();
    expect((await visit(spacePath)).body).not.toContain('Le parcours en facile à lire');
  });
});

describe('a video’s captions', () => {
  it('are checked, played beside the video, kept offline and answered as WebVTT', async () => {
    const { staff, spacePath, film } = await videoInSpace();
    const set = await staff.request('PUT', captionsPath(film.id, 'fr'), { vtt: FRENCH });
    expect(set.status).toBe(200);
    expect(resourceOf(set).captions).toEqual([{ lang: 'fr', cueCount: 2 }]);
    const arabic = await staff.request('PUT', captionsPath(film.id, 'ar'), {
      vtt: FRENCH.replace('Meunier, tu dors', 'يا طحان أنت نائم'),
    });
    expect(resourceOf(arabic).captions).toEqual([
      { lang: 'ar', cueCount: 2 },
      { lang: 'fr', cueCount: 2 },
    ]);

    const page = await visit(`${spacePath}/r/${film.id}`);
    const track = (lang: string) => `${spacePath}/media/${film.id}/sous-titres/${lang}`;
    expect(page.body).toContain(
      `<track kind="captions" srclang="fr" label="français" src="${track('fr')}" default/>`,
    );
    expect(page.body).toContain(
      `<track kind="captions" srclang="ar" label="arabe" src="${track('ar')}"/>`,
    );
    const file = await visit(track('fr'));
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/vtt; charset=utf-8');
    expect(file.body).toBe(FRENCH);
    expect((await visit(track('de'))).statusCode).toBe(404);

    const pack = (await visit(`${spacePath}/hors-ligne/pack.json`)).json() as Pack;
    const videos = pack.parts.find((part) => part.id === 'videos')!;
    expect(videos.count).toBe(1);
    expect(videos.files.map((f) => f.url)).toEqual([
      `${spacePath}/media/${film.id}`,
      track('ar'),
      track('fr'),
    ]);

    // Held back, the video takes its captions with it.
    await staff.request('PUT', `/api/orgs/${org.id}/space-resources/${film.id}/publication`, {
      published: false,
    });
    expect((await visit(track('fr'))).statusCode).toBe(404);

    const removed = await staff.request('DELETE', captionsPath(film.id, 'ar'));
    expect(removed.status).toBe(200);
    expect(resourceOf(removed).captions).toEqual([{ lang: 'fr', cueCount: 2 }]);
    expect((await staff.request('DELETE', captionsPath(film.id, 'ar'))).status).toBe(404);
  });

  it('refuses a file that is not WebVTT, naming the line, and changes nothing', async () => {
    const { staff, film, spacePath } = await videoInSpace();
    await staff.request('PUT', captionsPath(film.id, 'fr'), { vtt: FRENCH });
    const noSignature = await staff.request('PUT', captionsPath(film.id, 'fr'), {
      vtt: '1\n00:00:01,000 --> 00:00:04,000\nUn fichier SRT\n',
    });
    expect(noSignature.status).toBe(400);
    expect(errorOf(noSignature).code).toBe('SPACE.CAPTIONS_INVALID');
    expect(errorOf(noSignature).fields[0]).toEqual({
      path: 'body.vtt',
      message: expect.stringMatching(/^Line 1: .*WEBVTT/),
    });
    const backwards = await staff.request('PUT', captionsPath(film.id, 'fr'), {
      vtt: 'WEBVTT\n\n00:00:05.000 --> 00:00:02.000\nÀ l’envers\n',
    });
    expect(backwards.status).toBe(400);
    expect(errorOf(backwards).fields[0]?.message).toMatch(/^Line 3: /);
    const empty = await staff.request('PUT', captionsPath(film.id, 'fr'), { vtt: 'WEBVTT\n' });
    expect(errorOf(empty).fields).toEqual([{ path: 'body.vtt', message: 'No cue in the file' }]);
    const badLang = await staff.request('PUT', captionsPath(film.id, 'french'), { vtt: FRENCH });
    expect(badLang.status).toBe(400);
    expect(errorOf(badLang).fields[0]?.path).toBe('params.lang');
    const file = await visit(`${spacePath}/media/${film.id}/sous-titres/fr`);
    expect(file.body).toBe(FRENCH);

    const lyrics = await createResource(staff, org.id, {
      kind: 'lyrics',
      title: 'Les paroles',
      text: 'Meunier, tu dors',
    });
    const notVideo = await staff.request('PUT', captionsPath(lyrics.id, 'fr'), { vtt: FRENCH });
    expect(notVideo.status).toBe(400);
    expect(errorOf(notVideo).code).toBe('SPACE.NOT_CAPTIONABLE');

    const artist = await org.members.artist.request('PUT', captionsPath(film.id, 'de'), {
      vtt: FRENCH,
    });
    expect(artist.status).toBe(403);
  });

  it('holds at most ten languages a video', async () => {
    const { staff, film } = await videoInSpace();
    const langs = ['fr', 'en', 'de', 'ar', 'tr', 'es', 'it', 'pt', 'pl', 'ro'];
    for (const lang of langs) {
      expect(
        (await staff.request('PUT', captionsPath(film.id, lang), { vtt: FRENCH })).status,
      ).toBe(200);
    }
    const eleventh = await staff.request('PUT', captionsPath(film.id, 'uk'), { vtt: FRENCH });
    expect(eleventh.status).toBe(409);
    expect(errorOf(eleventh).code).toBe('SPACE.TOO_MANY_CAPTIONS');
    // Replacing a language already there is not an eleventh.
    expect((await staff.request('PUT', captionsPath(film.id, 'fr'), { vtt: FRENCH })).status).toBe(
      200,
    );
  });
});
