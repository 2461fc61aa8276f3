// The journey space for staff: the library of resources (drafts, licences, links to platforms)
// and a journey's lists (for the journey, a step or every group of the template, in order).
import type { JourneySpace, SpaceResource } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSpaceJourney,
  createResource,
  place,
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

const _visit = (url: string, headers: Record<string, string> = {}) =>
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
});
