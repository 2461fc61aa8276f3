// The journey space: the library and a journey's lists for staff, the families' pages under the
// group link (a step's items once it took place, players that load nothing first, files with
// ranges, M3U and XSPF), publication that waits for consent, and the optional public space.
import type {
  JourneySpace,
  ParticipantDetail,
  PersonDataExport,
  SpaceResource,
} from '@tutti/contracts';
import { schema } from '@tutti/db';
import { addDays, today } from '@tutti/kit/dates';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildParticipant } from '../../testing/programme-factory';
import {
  buildSpaceJourney,
  createResource,
  groupSpacePath,
  place,
  publish,
  storeReadyFile,
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

describe('the resource library', () => {
  it('keeps a draft with its licence and refuses bad bodies with 400 naming the field', async () => {
    const staff = org.members.coordinator;
    const base = `/api/orgs/${org.id}/space-resources`;
    const lyrics = await createResource(staff, org.id, {
      kind: 'lyrics',
      title: 'Le refrain',
      text: 'Ah vous dirai-je maman',
      licence: 'public_domain',
      rightsNote: 'Air traditionnel',
    });
    expect(lyrics).toMatchObject({
      published: false,
      visible: false,
      heldBack: ['not_published'],
      source: { type: 'text' },
      licence: 'public_domain',
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ kind: 'audio', title: 'x' }, 'body.mediaId'],
      [{ kind: 'audio', title: 'x', text: 'a', url: 'https://example.org/a' }, 'body.text'],
      [{ kind: 'audio', title: 'x', url: 'http://example.org/a' }, 'body.url'],
      [{ kind: 'score', title: 'x', text: 'a', showsPeople: true }, 'body.showsPeople'],
      [
        {
          kind: 'audio',
          title: 'x',
          text: 'a',
          availableFrom: '2030-02-01',
          availableUntil: '2030-01-01',
        },
        'body.availableUntil',
      ],
      [
        {
          kind: 'lyrics',
          title: 'x',
          text: 'a',
          sessionId: '00000000-0000-4000-8000-000000000001',
        },
        'body.sessionId',
      ],
      [
        {
          kind: 'video',
          title: 'x',
          url: 'https://vimeo.com/1',
          showsPeople: true,
          participantIds: ['00000000-0000-4000-8000-000000000001'],
        },
        'body.participantIds.0',
      ],
    ];
    for (const [body, path] of cases) {
      const answer = await staff.post(base, body);
      expect({ path, status: answer.status }).toEqual({ path, status: 400 });
      expect(JSON.stringify(answer.body)).toContain(path);
    }
    const image = await storeReadyFile(t, org.id, {
      fileName: 'affiche.png',
      mediaType: 'image/png',
      bytes: Buffer.from('png'),
    });
    const wrongKind = await staff.post(base, { kind: 'audio', title: 'x', mediaId: image });
    expect(wrongKind.status).toBe(400);
    expect(JSON.stringify(wrongKind.body)).toContain('body.mediaId');

    const list = await staff.get(`${base}?kind=lyrics&q=refrain`);
    expect((list.body as { items: SpaceResource[] }).items.map((r) => r.id)).toContain(lyrics.id);
    expect((await org.members.artist.get(base)).status).toBe(403);
    expect(
      (await org.members.viewer.post(base, { kind: 'lyrics', title: 'x', text: 'a' })).status,
    ).toBe(403);
  });

  it('names a known platform of a link, and shows any other link as it is', async () => {
    const staff = org.members.coordinator;
    const youtube = await createResource(staff, org.id, {
      kind: 'video',
      title: 'Le chœur en répétition',
      url: 'https://www.youtube.com/watch?v=abcdefghijk',
    });
    expect(youtube.source).toMatchObject({ type: 'link', provider: 'YouTube', embedTitle: null });
    const other = await createResource(staff, org.id, {
      kind: 'audio',
      title: 'Une radio associative',
      url: 'https://radio.example.org/podcast/1',
    });
    expect(other.source).toMatchObject({ type: 'link', provider: null });
  });
});

describe("a journey's space", () => {
  it('places resources for the journey, a step or every group of the template, in order', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const sibling = await buildSpaceJourney(staff, org.id, {
      projectId: journey.projectId,
      templateId: journey.templateId,
    });
    const tracks = [];
    for (const title of ['Refrain', 'Couplet', 'Canon']) {
      tracks.push(
        await createResource(staff, org.id, {
          kind: 'audio',
          title,
          mediaId: await storeTone(t, org.id),
        }),
      );
    }
    const sheet = await createResource(staff, org.id, {
      kind: 'activity_sheet',
      title: 'Fiche',
      text: 'Jouer',
    });
    await place(staff, org.id, journey.journeyId, {
      resourceId: tracks[0]!.id,
      section: 'playlist',
      scope: 'shared',
    });
    await place(staff, org.id, journey.journeyId, {
      resourceId: tracks[1]!.id,
      section: 'playlist',
    });
    let space = await place(staff, org.id, journey.journeyId, {
      resourceId: tracks[2]!.id,
      section: 'playlist',
      stepPosition: 2,
    });
    expect(space.journey.sharedWith).toBe(2);
    expect(space.entries.map((e) => [e.resource.title, e.scope, e.stepPosition])).toEqual([
      ['Refrain', 'shared', null],
      ['Couplet', 'journey', null],
      ['Canon', 'journey', 2],
    ]);
    const siblingSpace = (
      await staff.get(`/api/orgs/${org.id}/journeys/${sibling.journeyId}/space`)
    ).body as JourneySpace;
    expect(siblingSpace.entries.map((e) => e.resource.title)).toEqual(['Refrain']);
    expect(siblingSpace.entries[0]!.resource.journeyCount).toBe(2);

    const entries = `/api/orgs/${org.id}/journeys/${journey.journeyId}/space/entries`;
    const refused = [
      [{ resourceId: sheet.id, section: 'playlist' }, 400, 'SPACE.NOT_PLAYABLE'],
      [{ resourceId: sheet.id, section: 'resources', stepPosition: 9 }, 400, 'SPACE.UNKNOWN_STEP'],
      [{ resourceId: tracks[1]!.id, section: 'playlist' }, 409, 'SPACE.ALREADY_PLACED'],
      [{ resourceId: tracks[0]!.id, section: 'playlist' }, 409, 'SPACE.ALREADY_PLACED'],
    ] as const;
    for (const [body, status, code] of refused) {
      const answer = await staff.post(entries, body);
      expect({ code, status: answer.status }).toEqual({ code, status });
      expect(answer.body).toMatchObject({ error: { code } });
    }

    const order = `/api/orgs/${org.id}/journeys/${journey.journeyId}/space/order`;
    const [shared, own] = space.entries;
    const mismatch = await staff.request('PUT', order, {
      section: 'playlist',
      stepPosition: null,
      entryIds: [own!.id],
    });
    expect(mismatch.status).toBe(400);
    space = (
      await staff.request('PUT', order, {
        section: 'playlist',
        stepPosition: null,
        entryIds: [own!.id, shared!.id],
      })
    ).body as JourneySpace;
    expect(space.entries.map((e) => e.resource.title)).toEqual(['Couplet', 'Refrain', 'Canon']);

    expect((await staff.delete(`${entries}/${shared!.id}`)).status).toBe(204);
    const after = (await staff.get(`/api/orgs/${org.id}/journeys/${sibling.journeyId}/space`))
      .body as JourneySpace;
    expect(after.entries).toEqual([]);
    expect((await staff.delete(`${entries}/${shared!.id}`)).status).toBe(404);
  });

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

describe('publication and consent', () => {
  it('publishes a video only once everyone it shows consented, and a withdrawal hides it at once', async () => {
    const staff = org.members.coordinator;
    const journey = await buildSpaceJourney(staff, org.id);
    const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);
    const consent = (purposes: string[]) => ({
      guardianName: 'Samia Benali',
      givenOn: '2025-09-12',
      method: 'paper',
      purposes,
    });
    const ines = await buildParticipant(staff, org.id, journey.groupId, {
      firstName: 'Inès',
      consent: consent(['participation', 'audio_video']),
    });
    const hugo: ParticipantDetail = await buildParticipant(staff, org.id, journey.groupId, {
      firstName: 'Hugo',
      consent: consent(['participation', 'photos']),
    });
    const video = await createResource(staff, org.id, {
      kind: 'video',
      title: 'Le canon filmé',
      mediaId: await storeReadyFile(t, org.id, {
        fileName: 'canon.webm',
        mediaType: 'video/webm',
        bytes: Buffer.alloc(2048, 1),
      }),
      sessionId: journey.sessionIds[0],
      showsPeople: true,
      participantIds: [ines.id, hugo.id],
    });
    expect(video.heldBack).toEqual(['not_published', 'consent_missing']);
    expect(video.participants.map((p) => [p.firstName, p.consent])).toEqual([
      ['Hugo', 'missing'],
      ['Inès', 'given'],
    ]);
    await place(staff, org.id, journey.journeyId, { resourceId: video.id, section: 'resources' });

    const refused = await publish(staff, org.id, video.id);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'SPACE.HELD_BACK',
        details: {
          reasons: ['consent_missing'],
          participants: [{ id: hugo.id, consent: 'missing' }],
        },
      },
    });

    const hugoConsent = await staff.post(
      `/api/orgs/${org.id}/participants/${hugo.id}/consents`,
      consent(['audio_video']),
    );
    expect(hugoConsent.status).toBe(201);
    const published = await publish(staff, org.id, video.id);
    expect(published.status).toBe(200);
    expect(published.body).toMatchObject({ published: true, visible: true, heldBack: [] });
    expect((await visit(`${spacePath}/ressources`)).body).toContain('Le canon filmé');
    expect((await visit(`${spacePath}/media/${video.id}`)).statusCode).toBe(200);

    // The guardian withdraws the consent for audio and video: hidden everywhere, at once.
    const consentId = (hugoConsent.body as { id: string }).id;
    const withdrawn = await staff.post(
      `/api/orgs/${org.id}/participants/${hugo.id}/consents/${consentId}/withdraw`,
      { withdrawnOn: today('Europe/Paris') },
    );
    expect(withdrawn.status).toBe(200);
    expect((await visit(`${spacePath}/ressources`)).body).not.toContain('Le canon filmé');
    expect((await visit(`${spacePath}/r/${video.id}`)).statusCode).toBe(404);
    expect((await visit(`${spacePath}/media/${video.id}`)).statusCode).toBe(404);
    const held = (await staff.get(`/api/orgs/${org.id}/space-resources/${video.id}`))
      .body as SpaceResource;
    expect(held).toMatchObject({
      published: true,
      visible: false,
      heldBack: ['consent_withdrawn'],
    });
    expect(held.participants.find((p) => p.id === hugo.id)?.consent).toBe('withdrawn');

    // Hugo's data export lists the video that shows him, and that it was asked to be published.
    const exported = await org.members.admin.get(
      `/api/orgs/${org.id}/participants/${hugo.id}/data-export?format=json`,
    );
    expect(exported.status).toBe(200);
    const data = (
      typeof exported.body === 'string' ? JSON.parse(exported.body) : exported.body
    ) as PersonDataExport;
    expect(data.spaceItems).toEqual([
      {
        resourceId: video.id,
        title: 'Le canon filmé',
        kind: 'video',
        sessionStartsAt: expect.any(String),
        published: true,
      },
    ]);

    // A participant deleted since still holds it back: the recording still shows them.
    const person = await createResource(staff, org.id, {
      kind: 'photo',
      title: 'Photo de groupe',
      url: 'https://example.org/photo.jpg',
      showsPeople: true,
      participantIds: [ines.id],
    });
    expect((await publish(staff, org.id, person.id)).status).toBe(409);
    const nobody = await createResource(staff, org.id, {
      kind: 'audio',
      title: 'Enregistrement sans noms',
      url: 'https://example.org/a.mp3',
      showsPeople: true,
    });
    expect(nobody.heldBack).toContain('people_not_named');
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
