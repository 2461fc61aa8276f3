// An artist adds the recording of a workshop they led to the journey's space: sent with the
// resumable media upload, linked to the session and to the participants it shows, held back until
// each of them consented and shown once the workshop took place; refused on a session they did not
// lead, and to relays and viewers; coordinators keep it in hand as any resource.
import type { JourneySpace, SessionRecordings, SpaceResource } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wavTone } from '../../testing/media-samples';
import { createUpload, sendBytes, uploadOffset } from '../../testing/media-uploads';
import { buildArtist, buildParticipant, buildSession } from '../../testing/programme-factory';
import { buildSpaceJourney, groupSpacePath, storeReadyFile } from '../../testing/space-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let artistId: string;

const consent = (purposes: string[]) => ({
  guardianName: 'Samia Benali',
  givenOn: '2025-09-12',
  method: 'paper',
  purposes,
});

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(
    t,
    ['admin', 'coordinator', 'artist', 'relay', 'viewer'],
    'Musique en Villages',
  );
  artistId = (await buildArtist(t, org.id, org.members.artist.userId)).id;
});
afterAll(() => t.close());

const visit = (url: string) => t.app.inject({ method: 'GET', url });
const recordingsPath = (sessionId: string) =>
  `/api/orgs/${org.id}/sessions/${sessionId}/space-recordings`;

/** A journey whose steps the artist leads (all of them unless `led` says which). */
async function journeyLedByArtist(led: number[] = [0, 1, 2]) {
  const journey = await buildSpaceJourney(org.members.coordinator, org.id);
  for (const index of led) {
    await t.database.db
      .insert(schema.sessionArtists)
      .values({ orgId: org.id, sessionId: journey.sessionIds[index]!, artistId });
  }
  return journey;
}

/** A processed recording, as if the artist had uploaded it. */
async function artistsReadyFile(fileName = 'atelier.wav') {
  const id = await storeReadyFile(t, org.id, {
    fileName,
    mediaType: 'audio/wav',
    bytes: wavTone({ seconds: 1 }),
    light: Buffer.from('light-rendition-bytes'),
    durationMs: 1000,
  });
  await t.database.db
    .update(schema.files)
    .set({ uploadedBy: org.members.artist.userId })
    .where(eq(schema.files.id, id));
  return id;
}

describe("an artist's workshop recording", () => {
  it('sends the file with tus, adds it to the step of the workshop led, held back until everyone named consented', async () => {
    const artist = org.members.artist;
    const staff = org.members.coordinator;
    const journey = await journeyLedByArtist();
    const [workshop] = journey.sessionIds;
    const ines = await buildParticipant(staff, org.id, journey.groupId, {
      firstName: 'Inès',
      lastName: 'Benali',
      consent: consent(['participation', 'audio_video']),
    });
    const hugo = await buildParticipant(staff, org.id, journey.groupId, {
      firstName: 'Hugo',
      consent: consent(['participation']),
    });

    // The artist reads whom a recording may name: the journey's group, last names as initials.
    const before = await artist.get(recordingsPath(workshop!));
    expect(before.status).toBe(200);
    const listed = before.body as SessionRecordings;
    expect(listed.session).toMatchObject({ stepPosition: 1, tookPlace: true });
    expect(listed.participants).toEqual(
      expect.arrayContaining([{ id: ines.id, firstName: 'Inès', lastInitial: 'B.' }]),
    );
    expect(listed.recordings).toEqual([]);

    // The existing resumable upload: the artist starts, resumes and finishes a recording.
    const bytes = wavTone({ seconds: 1 });
    const created = await createUpload(artist, org.id, bytes.length, {
      use: 'recording',
      filename: 'atelier-1.wav',
    });
    expect(created.status).toBe(201);
    const location = created.headers.location as string;
    expect((await sendBytes(artist, location, bytes.subarray(0, 1000), 0)).status).toBe(204);
    expect(await uploadOffset(artist, location)).toBe(1000);
    // A relay may not touch it; a coordinator may follow it.
    expect((await org.members.relay.request('HEAD', location)).status).toBe(403);
    expect(await uploadOffset(staff, location)).toBe(1000);
    expect((await sendBytes(artist, location, bytes, 1000)).status).toBe(204);
    const mediaId = location.split('/').pop()!;

    const added = await artist.post(recordingsPath(workshop!), {
      mediaId,
      kind: 'audio',
      title: "L'atelier du 3 octobre",
      participantIds: [ines.id, hugo.id],
    });
    expect(added.status).toBe(201);
    const recording = (added.body as SessionRecordings).recordings[0]!;
    expect(recording).toMatchObject({
      title: "L'atelier du 3 octobre",
      kind: 'audio',
      addedByMe: true,
      participantCount: 2,
      shown: false,
    });
    expect(recording.heldBack).toContain('consent_missing');
    expect(recording.heldBack).not.toContain('not_published');

    // The coordinator sees it in the space at the workshop's step, linked to the session and the
    // two children, and why it is held back.
    const space = (await staff.get(`/api/orgs/${org.id}/journeys/${journey.journeyId}/space`))
      .body as JourneySpace;
    const entry = space.entries.find((e) => e.resource.id === recording.id)!;
    expect(entry).toMatchObject({ section: 'playlist', stepPosition: 1, shown: false });
    expect(entry.resource.session?.id).toBe(workshop);
    expect(entry.resource.participants.map((p) => [p.firstName, p.consent])).toEqual([
      ['Hugo', 'missing'],
      ['Inès', 'given'],
    ]);
  });

  it('shows a ready recording on the space once the workshop took place and everyone named consented', async () => {
    const artist = org.members.artist;
    const staff = org.members.coordinator;
    const journey = await journeyLedByArtist();
    const { spacePath } = await groupSpacePath(staff, org.id, journey.groupId, journey.journeyId);
    const ines = await buildParticipant(staff, org.id, journey.groupId, {
      firstName: 'Inès',
      consent: consent(['participation', 'audio_video']),
    });
    const [past, next] = journey.sessionIds;

    // A workshop still to come has no recording yet.
    const early = await artist.post(recordingsPath(next!), {
      mediaId: await artistsReadyFile(),
      kind: 'audio',
      title: 'Trop tôt',
      participantIds: [ines.id],
    });
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({ error: { code: 'SESSION.NOT_STARTED' } });

    const added = await artist.post(recordingsPath(past!), {
      mediaId: await artistsReadyFile(),
      kind: 'audio',
      title: 'Le canon enregistré',
      participantIds: [ines.id],
    });
    expect(added.status).toBe(201);
    const recording = (added.body as SessionRecordings).recordings[0]!;
    expect(recording).toMatchObject({ shown: true, heldBack: [] });
    const listen = await visit(`${spacePath}/ecouter`);
    expect(listen.body).toContain('Le canon enregistré');

    // Coordinators keep it in hand: unpublish, then take it out of the space.
    const unpublished = await staff.request(
      'PUT',
      `/api/orgs/${org.id}/space-resources/${recording.id}/publication`,
      { published: false },
    );
    expect((unpublished.body as SpaceResource).visible).toBe(false);
    expect((await visit(`${spacePath}/ecouter`)).body).not.toContain('Le canon enregistré');
    const space = (await staff.get(`/api/orgs/${org.id}/journeys/${journey.journeyId}/space`))
      .body as JourneySpace;
    const entry = space.entries.find((e) => e.resource.id === recording.id)!;
    const removed = await staff.request(
      'DELETE',
      `/api/orgs/${org.id}/journeys/${journey.journeyId}/space/entries/${entry.id}`,
    );
    expect(removed.status).toBe(204);
    // The artist edits nothing of the library.
    expect(
      (
        await artist.request(
          'PUT',
          `/api/orgs/${org.id}/space-resources/${recording.id}/publication`,
          {
            published: true,
          },
        )
      ).status,
    ).toBe(403);
  });

  it('refuses a session of another journey (403), relays and viewers (403), and names bad fields (400)', async () => {
    const artist = org.members.artist;
    const staff = org.members.coordinator;
    const own = await journeyLedByArtist([0]);
    const other = await journeyLedByArtist([]);
    const mediaId = await artistsReadyFile();
    const body = { mediaId, kind: 'audio', title: 'Atelier' };

    const elsewhere = await artist.post(recordingsPath(other.sessionIds[0]!), body);
    expect(elsewhere.status).toBe(403);
    expect((await artist.get(recordingsPath(other.sessionIds[0]!))).status).toBe(403);
    for (const role of ['relay', 'viewer'] as const) {
      expect((await org.members[role].post(recordingsPath(own.sessionIds[0]!), body)).status).toBe(
        403,
      );
      expect((await org.members[role].get(recordingsPath(own.sessionIds[0]!))).status).toBe(403);
      const upload = await createUpload(org.members[role], org.id, 100, {
        use: 'recording',
        filename: 'a.wav',
      });
      expect(upload.status).toBe(403);
    }
    // An artist uploads recordings only, not the library's scores or documents.
    const score = await createUpload(artist, org.id, 100, { use: 'score', filename: 'a.pdf' });
    expect(score.status).toBe(403);

    // Someone outside the journey's group, or a file the artist did not upload.
    const stranger = await buildParticipant(staff, org.id, other.groupId, { firstName: 'Zoé' });
    const coordinatorsFile = await storeReadyFile(t, org.id, {
      fileName: 'concert.wav',
      mediaType: 'audio/wav',
      bytes: wavTone({ seconds: 1 }),
    });
    const bad = await artist.post(recordingsPath(own.sessionIds[0]!), {
      ...body,
      mediaId: coordinatorsFile,
      participantIds: [stranger.id],
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({
      error: {
        code: 'SPACE.REFERENCE_NOT_FOUND',
        fields: [{ path: 'body.mediaId' }, { path: 'body.participantIds.0' }],
      },
    });
    const video = await artist.post(recordingsPath(own.sessionIds[0]!), { ...body, kind: 'video' });
    expect(video.status).toBe(400);
    expect(video.body).toMatchObject({ error: { fields: [{ path: 'body.mediaId' }] } });

    // A session outside any journey has no space to add it to.
    const loose = await buildSession(t, org.id, {
      artistIds: [artistId],
      startsAt: new Date(Date.now() - 86_400_000),
    });
    const outside = await artist.post(recordingsPath(loose.id), body);
    expect(outside.status).toBe(409);
    expect(outside.body).toMatchObject({ error: { code: 'SPACE.NOT_A_STEP' } });
  });
});
