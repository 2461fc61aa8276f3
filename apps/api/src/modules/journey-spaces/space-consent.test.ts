// Publication that waits for the consent of everyone an item shows, and a withdrawal that hides
// it at once, everywhere.
import type { ParticipantDetail, PersonDataExport, SpaceResource } from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildParticipant } from '../../testing/programme-factory';
import {
  buildSpaceJourney,
  createResource,
  groupSpacePath,
  place,
  publish,
  storeReadyFile,
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
