// Every write of a session leaves one history entry per session written, naming the action and who.
import type { SessionChange } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFinishedRun } from '../../testing/planning-factory';
import { buildArtist, buildGroup, buildProject, buildVenue } from '../../testing/programme-rows';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;
let admin: Client;
let projectId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'relay']);
  coordinator = org.members.coordinator!;
  admin = org.members.admin;
  projectId = (await buildProject(t, org.id)).id;
});
afterAll(() => t.close());

const sessionsUrl = () => `/api/orgs/${org.id}/sessions`;

async function historyOf(sessionId: string, client: Client = coordinator) {
  const response = await client.get(`${sessionsUrl()}/${sessionId}/changes`);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return (response.body as { items: SessionChange[] }).items;
}

async function create(body: Record<string, unknown>) {
  const response = await coordinator.post(sessionsUrl(), {
    projectId,
    kind: 'workshop_singing',
    durationMin: 60,
    ...body,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body as { id: string; startsAt: string; endsAt: string };
}

describe('session history', () => {
  it('records a creation, an edit with an accepted conflict, a cancellation and a deletion, each by its author', async () => {
    const [artist, venue, group] = [
      await buildArtist(t, org.id),
      await buildVenue(t, org.id),
      await buildGroup(t, org.id),
    ];
    const busy = await create({
      venueId: venue.id,
      startsAtLocal: '2032-03-01T09:00',
      artistIds: [artist.id],
    });
    const session = await create({
      title: 'Atelier chant, classe de Mme Martin',
      startsAtLocal: '2032-03-01T14:00',
      timeZone: 'Europe/Paris',
      artistIds: [artist.id],
      groupIds: [group.id],
    });
    const [created] = await historyOf(session.id);
    expect(created).toMatchObject({
      action: 'create',
      actorUserId: coordinator.userId,
      overrideReason: null,
      changes: {
        startsAt: { from: null, to: '2032-03-01T13:00:00.000Z' },
        artistIds: { from: [], to: [artist.id] },
        groupIds: { from: [], to: [group.id] },
        texts: ['title'],
      },
    });
    // The title names a person: the history says that it changed, never what it says.
    expect(JSON.stringify(created)).not.toContain('Martin');

    const edited = await admin.patch(`${sessionsUrl()}/${session.id}`, {
      venueId: venue.id,
      startsAtLocal: '2032-03-01T09:30',
      override: { reason: 'Deux salles voisines, même artiste' },
    });
    expect(edited.status, JSON.stringify(edited.body)).toBe(200);
    const cancelled = await coordinator.post(`${sessionsUrl()}/${session.id}/cancel`, {
      reason: 'Grève des transports',
    });
    expect(cancelled.status).toBe(200);
    const entries = await historyOf(session.id);
    expect(entries.map((e) => [e.action, e.actorUserId])).toEqual([
      ['create', coordinator.userId],
      ['update', admin.userId],
      ['cancel', coordinator.userId],
    ]);
    expect(entries[1]).toMatchObject({
      overrideReason: 'Deux salles voisines, même artiste',
      changes: {
        venueId: { from: null, to: venue.id },
        startsAt: { from: '2032-03-01T13:00:00.000Z', to: '2032-03-01T08:30:00.000Z' },
      },
    });
    expect(entries[2]!.changes).toEqual({
      status: { from: 'planned', to: 'cancelled' },
      texts: ['cancelReason'],
    });

    expect((await coordinator.delete(`${sessionsUrl()}/${busy.id}`)).status).toBe(204);
    expect((await historyOf(busy.id)).map((e) => e.action)).toEqual(['create', 'delete']);
  });

  it('records one entry per session a move, a journey or an accepted plan writes', async () => {
    const [artist, other, group] = [
      await buildArtist(t, org.id),
      await buildArtist(t, org.id),
      await buildGroup(t, org.id),
    ];
    const template = await coordinator.post(`/api/orgs/${org.id}/journey-templates`, {
      name: 'Trois ateliers',
      steps: [0, 7, 7].map((spacingDays, i) => ({
        kind: 'workshop_singing',
        title: `Atelier ${i + 1}`,
        durationMin: 60,
        spacingDays,
      })),
    });
    expect(template.status, JSON.stringify(template.body)).toBe(201);
    const journey = await coordinator.post(`/api/orgs/${org.id}/journeys`, {
      projectId,
      templateId: (template.body as { id: string }).id,
      groupId: group.id,
      startsOn: '2032-04-05',
      startTime: '10:00',
      timeZone: 'Europe/Paris',
      artistIds: [artist.id],
    });
    expect(journey.status, JSON.stringify(journey.body)).toBe(201);
    const ids = (journey.body as { journey: { sessions: { id: string }[] } }).journey.sessions.map(
      (s) => s.id,
    );
    for (const id of ids) {
      expect((await historyOf(id)).map((e) => e.action)).toEqual(['instantiate']);
    }

    const moved = await admin.post(`${sessionsUrl()}/${ids[1]}/move`, {
      startsAtLocal: '2032-04-13T11:00',
      scope: 'following',
    });
    expect(moved.status, JSON.stringify(moved.body)).toBe(200);
    expect((await historyOf(ids[0]!)).map((e) => e.action)).toEqual(['instantiate']);
    for (const id of ids.slice(1)) {
      const entries = await historyOf(id);
      expect(entries.map((e) => [e.action, e.actorUserId])).toEqual([
        ['instantiate', coordinator.userId],
        ['move', admin.userId],
      ]);
      expect(Object.keys(entries[1]!.changes).sort()).toEqual(['endsAt', 'startsAt']);
    }

    const planned = await create({ startsAtLocal: '2032-05-03T10:00', timeZone: 'Europe/Paris' });
    const run = await buildFinishedRun(t, org, {
      sessionId: planned.id,
      artistId: other.id,
      startsAt: new Date('2032-05-03T09:00:00Z'),
      endsAt: new Date('2032-05-03T10:00:00Z'),
    });
    const accepted = await admin.post(`/api/orgs/${org.id}/planning/runs/${run.id}/accept`, {});
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    const entries = await historyOf(planned.id);
    expect(entries.map((e) => [e.action, e.actorUserId])).toEqual([
      ['create', coordinator.userId],
      ['accept', admin.userId],
    ]);
    expect(entries[1]!.changes).toEqual({
      startsAt: { from: '2032-05-03T08:00:00.000Z', to: '2032-05-03T09:00:00.000Z' },
      endsAt: { from: '2032-05-03T09:00:00.000Z', to: '2032-05-03T10:00:00.000Z' },
      artistIds: { from: [], to: [other.id] },
    });
  });

  it('shows the history to planners only, and answers 404 for an unknown session', async () => {
    const session = await create({ startsAtLocal: '2032-06-07T10:00', timeZone: 'Europe/Paris' });
    const relay = await org.members.relay.get(`${sessionsUrl()}/${session.id}/changes`);
    expect(relay.status).toBe(403);
    const unknown = await coordinator.get(
      `${sessionsUrl()}/00000000-0000-4000-8000-000000000077/changes`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'SESSION.NOT_FOUND' } });
  });
});
