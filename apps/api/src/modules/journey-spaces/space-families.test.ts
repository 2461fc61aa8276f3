// The journey space as families read it: under the group link (a step's items once it took place,
// players that load nothing first, files with ranges, M3U and XSPF, availability windows), and the
// optional public space.
import type { JourneySpace } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { addDays, today } from '@tutti/kit/dates';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSpaceJourney,
  createResource,
  groupSpacePath,
  place,
  publish,
  storeTone,
} from '../../testing/space-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(
    t,
    ['admin', 'coordinator', 'artist', 'viewer'],
    'Musique en Villages',
  );
});
afterAll(() => t.close());

const visit = (url: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'GET', url, headers });

describe('a family under the group link', () => {
  it("shows families the upcoming sessions, a step's items once it took place, and players that load nothing first", async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const { groupPath, spacePath } = await groupSpacePath(
      staff,
      org.id,
      journey.groupId,
      journey.journeyId,
    );
    const song = await createResource(staff, org.id, {
      kind: 'audio',
      title: 'Au clair de la lune',
      mediaId: await storeTone(t, org.id, 'Au clair de la lune.wav'),
      downloadable: true,
    });
    const draft = await createResource(staff, org.id, {
      kind: 'audio',
      title: 'Brouillon',
      mediaId: await storeTone(t, org.id),
    });
    const afterStep2 = await createResource(staff, org.id, {
      kind: 'lyrics',
      title: 'Les paroles écrites ensemble',
      text: 'Nos montagnes\nnos rivières',
    });
    const forTeachers = await createResource(staff, org.id, {
      kind: 'activity_sheet',
      title: 'Fiche pour la classe',
      text: 'Reprendre le canon en deux groupes.',
      audience: 'teachers',
    });
    for (const resource of [song, afterStep2, forTeachers]) {
      expect((await publish(staff, org.id, resource.id)).status).toBe(200);
    }
    await place(staff, org.id, journey.journeyId, { resourceId: song.id, section: 'playlist' });
    await place(staff, org.id, journey.journeyId, { resourceId: draft.id, section: 'playlist' });
    await place(staff, org.id, journey.journeyId, {
      resourceId: afterStep2.id,
      section: 'resources',
      stepPosition: 2,
    });
    const space = await place(staff, org.id, journey.journeyId, {
      resourceId: forTeachers.id,
      section: 'resources',
    });
    expect(space.groupUrl).toBe(`http://tutti.test${spacePath}`);
    expect(space.steps.map((s) => s.tookPlace)).toEqual([true, false, false]);

    const group = await visit(groupPath);
    expect(group.body).toContain(`href="${spacePath}"`);

    const home = await visit(spacePath);
    expect(home.statusCode).toBe(200);
    expect(home.headers['cache-control']).toBe('private, no-store');
    expect(home.body).toContain('Prochaines séances');
    expect(home.body).toContain('Étape 2 · Chanter ensemble');
    expect(home.body).toContain('Étape 1 · Découvrir les chansons');
    expect(home.body).not.toContain('Les paroles écrites ensemble');
    expect(home.body).not.toContain('<script');

    const listen = await visit(`${spacePath}/ecouter`);
    expect(listen.body).toContain('Au clair de la lune');
    expect(listen.body).not.toContain('Brouillon');
    expect(listen.body).toContain('preload="none"');
    expect(listen.body).toContain(`${spacePath}/media/${song.id}?v=light`);
    expect(listen.body).toContain(`href="${spacePath}/media/${song.id}?download"`);
    const resources = await visit(`${spacePath}/ressources`);
    expect(resources.body).toContain('Fiche pour la classe');
    expect(resources.body).toContain('Pour l’enseignant·e et l’équipe');

    // The second step takes place: what it left appears.
    await t.database.db
      .update(schema.sessions)
      .set({ startsAt: sql`now() - interval '2 hours'`, endsAt: sql`now() - interval '1 hour'` })
      .where(eq(schema.sessions.id, journey.sessionIds[1]!));
    const later = await visit(spacePath);
    expect(later.body).toContain('Les paroles écrites ensemble');
    const item = await visit(`${spacePath}/r/${afterStep2.id}`);
    expect(item.statusCode).toBe(200);
    expect(item.body).toContain('Nos montagnes');
    expect((await visit(`${spacePath}/r/${draft.id}`)).statusCode).toBe(404);

    // Audio streams with ranges; a draft's file is not served.
    const whole = await visit(`${spacePath}/media/${song.id}`);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['accept-ranges']).toBe('bytes');
    const size = Number(whole.headers['content-length']);
    const range = await visit(`${spacePath}/media/${song.id}`, { range: 'bytes=0-99' });
    expect(range.statusCode).toBe(206);
    expect(range.headers['content-range']).toBe(`bytes 0-99/${size}`);
    expect(range.rawPayload.length).toBe(100);
    const outside = await visit(`${spacePath}/media/${song.id}`, { range: `bytes=${size + 10}-` });
    expect(outside.statusCode).toBe(416);
    expect(outside.headers['content-range']).toBe(`bytes */${size}`);
    const light = await visit(`${spacePath}/media/${song.id}?v=light`);
    expect(light.headers['content-type']).toBe('audio/webm');
    expect((await visit(`${spacePath}/media/${draft.id}`)).statusCode).toBe(404);
    const download = await visit(`${spacePath}/media/${song.id}?download`);
    expect(download.headers['content-disposition']).toContain('attachment');

    const m3u = await visit(`${spacePath}/playlist.m3u8`);
    expect(m3u.headers['content-type']).toContain('audio/x-mpegurl');
    expect(m3u.body).toBe(
      [
        '#EXTM3U',
        `#PLAYLIST:${space.journey.name} — ${space.journey.group.name}`,
        '#EXTINF:1,Au clair de la lune',
        `http://tutti.test${spacePath}/media/${song.id}`,
        '',
      ].join('\n'),
    );
    const xspf = await visit(`${spacePath}/playlist.xspf`);
    expect(xspf.body).toContain('<playlist version="1" xmlns="http://xspf.org/ns/0/">');
    expect(xspf.body).toContain('<duration>1000</duration>');
    expect(xspf.body).toContain('<annotation>CC BY</annotation>');

    // Another group's link, a made-up journey or resource: nothing.
    const other = await buildSpaceJourney(staff, org.id);
    expect((await visit(`${groupPath}/parcours/${other.journeyId}`)).statusCode).toBe(404);
    expect((await visit(`${groupPath}/parcours/not-an-id`)).statusCode).toBe(404);
    expect((await visit(`${spacePath}/media/${forTeachers.id}x`)).statusCode).toBe(404);
  });

  it('hides an item outside its availability window, and says why to the coordinator', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);
    const yesterday = addDays(today('Europe/Paris'), -1);
    const past = await createResource(staff, org.id, {
      kind: 'lyrics',
      title: 'Paroles de l’an dernier',
      text: 'la',
      availableUntil: yesterday,
    });
    await publish(staff, org.id, past.id);
    const space = await place(staff, org.id, journey.journeyId, {
      resourceId: past.id,
      section: 'resources',
    });
    expect(space.entries[0]).toMatchObject({
      shown: false,
      resource: { heldBack: ['no_longer_available'] },
    });
    expect((await visit(`${spacePath}/ressources`)).body).not.toContain('Paroles de l’an dernier');
  });
});

describe('the public space', () => {
  it("publishes a space at the organisation's address, without the teachers' items, and refuses a taken address", async () => {
    const staff = org.members.coordinator;
    const profile = await org.members.admin.request('PUT', `/api/orgs/${org.id}/public-profile`, {
      published: true,
      slug: 'musique-en-villages',
      description: null,
      region: null,
    });
    expect(profile.status).toBe(200);
    const journey = await buildSpaceJourney(staff, org.id);
    const song = await createResource(staff, org.id, {
      kind: 'audio',
      title: 'La chanson du village',
      mediaId: await storeTone(t, org.id),
    });
    const sheet = await createResource(staff, org.id, {
      kind: 'activity_sheet',
      title: 'Fiche enseignant',
      text: 'Pour la classe',
      audience: 'teachers',
    });
    for (const resource of [song, sheet]) await publish(staff, org.id, resource.id);
    await place(staff, org.id, journey.journeyId, { resourceId: song.id, section: 'playlist' });
    await place(staff, org.id, journey.journeyId, { resourceId: sheet.id, section: 'resources' });
    const settings = `/api/orgs/${org.id}/journeys/${journey.journeyId}/space`;
    const space = (
      await staff.request('PUT', settings, {
        welcome: 'Bienvenue !',
        publicSlug: 'chanter-au-village',
      })
    ).body as JourneySpace;
    expect(space.publicUrl).toBe(
      'http://tutti.test/p/musique-en-villages/parcours/chanter-au-village',
    );

    const page = await visit('/p/musique-en-villages/parcours/chanter-au-village');
    expect(page.statusCode).toBe(200);
    expect(page.headers['cache-control']).toBe('public, no-cache');
    expect(page.body).toContain('Bienvenue !');
    const listen = await visit(
      '/p/musique-en-villages/parcours/chanter-au-village/ecouter?lang=en',
    );
    expect(listen.body).toContain('La chanson du village');
    expect(listen.body).toContain('MusicPlaylist');
    const resources = await visit('/p/musique-en-villages/parcours/chanter-au-village/ressources');
    expect(resources.body).not.toContain('Fiche enseignant');
    const media = await visit(
      `/p/musique-en-villages/parcours/chanter-au-village/media/${song.id}`,
    );
    expect(media.statusCode).toBe(200);
    expect(
      (await visit(`/p/musique-en-villages/parcours/chanter-au-village/media/${sheet.id}`))
        .statusCode,
    ).toBe(404);
    const sitemap = await visit('/sitemap.xml');
    expect(sitemap.body).toContain('/p/musique-en-villages/parcours/chanter-au-village');

    // Unpublishing shows at once on the cached public page (the data version moved).
    await staff.request('PUT', `/api/orgs/${org.id}/space-resources/${song.id}/publication`, {
      published: false,
    });
    const after = await visit('/p/musique-en-villages/parcours/chanter-au-village/ecouter?lang=en');
    expect(after.body).not.toContain('La chanson du village');

    const other = await buildSpaceJourney(staff, org.id);
    const taken = await staff.request(
      'PUT',
      `/api/orgs/${org.id}/journeys/${other.journeyId}/space`,
      {
        welcome: null,
        publicSlug: 'chanter-au-village',
      },
    );
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({
      error: { code: 'SPACE.SLUG_TAKEN', fields: [{ path: 'body.publicSlug' }] },
    });
    expect((await visit('/p/musique-en-villages/parcours/nulle-part')).statusCode).toBe(404);
  });

  it('answers 404 under a revoked group link', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const { spacePath, linkId } = await groupSpacePath(
      staff,
      org.id,
      journey.groupId,
      journey.journeyId,
    );
    expect((await visit(spacePath)).statusCode).toBe(200);
    await staff.post(`/api/orgs/${org.id}/groups/${journey.groupId}/share-links/${linkId}/revoke`);
    expect((await visit(spacePath)).statusCode).toBe(404);
  });
});
