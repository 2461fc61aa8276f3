// Journeys: a template instantiated into dated sessions (spacing, blackouts, daylight saving), roles.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildArtist, buildGroup, buildProject, buildVenue } from '../../testing/programme-rows';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let projectId: string;
let templateId: string;

/** Éveil musical: eight weekly workshops of 45 minutes, then a concert two weeks later. */
const eveil = {
  name: 'Éveil musical en maternelle',
  steps: [
    ...Array.from({ length: 8 }, (_, i) => ({
      kind: 'workshop_early_years',
      title: `Atelier d'éveil ${i + 1}`,
      durationMin: 45,
      spacingDays: i === 0 ? 0 : 7,
    })),
    { kind: 'concert', title: 'Concert des familles', durationMin: 60, spacingDays: 14 },
  ],
};

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay']);
  projectId = (await buildProject(t, org.id, { name: 'Éveil musical à Vitry-sur-Seine' })).id;
  const template = await org.members.coordinator.post(
    `/api/orgs/${org.id}/journey-templates`,
    eveil,
  );
  templateId = (template.body as { id: string }).id;
});
afterAll(() => t.close());

const journeysUrl = () => `/api/orgs/${org.id}/journeys`;

type Planned = { position: number; startsAt: string; local: { date: string; startTime: string } };

describe('instantiating a journey', () => {
  it('places one session per step on the chosen weekday, moves past the school holidays and keeps 09:30 across the change to winter time', async () => {
    const venue = await buildVenue(
      t,
      org.id,
      { name: 'École maternelle Jean Moulin', capacity: 60 },
      {
        blackouts: [
          { startsOn: '2027-10-23', endsOn: '2027-11-07', reason: 'Vacances de la Toussaint' },
        ],
      },
    );
    const group = await buildGroup(t, org.id, { name: 'Moyenne section B', expectedSize: 26 });
    const response = await org.members.coordinator.post(journeysUrl(), {
      projectId,
      templateId,
      groupId: group.id,
      startsOn: '2027-09-20',
      weekday: 2,
      startTime: '09:30',
      venueId: venue.id,
    });
    expect(response.status).toBe(201);
    const created = response.body as {
      journey: { name: string; startsOn: string; sessions: (Planned & { status: string })[] };
      adjustments: unknown[];
    };
    expect(created.journey.name).toBe('Éveil musical en maternelle — Moyenne section B');
    expect(created.journey.startsOn).toBe('2027-09-21');
    expect(
      created.journey.sessions.map((s) => [s.position, s.local.date, s.local.startTime]),
    ).toEqual([
      [1, '2027-09-21', '09:30'],
      [2, '2027-09-28', '09:30'],
      [3, '2027-10-05', '09:30'],
      [4, '2027-10-12', '09:30'],
      [5, '2027-10-19', '09:30'],
      [6, '2027-11-09', '09:30'],
      [7, '2027-11-16', '09:30'],
      [8, '2027-11-23', '09:30'],
      [9, '2027-12-07', '09:30'],
    ]);
    // Summer time (UTC+2) until 31 October 2027, winter time (UTC+1) after.
    expect(created.journey.sessions[4]!.startsAt).toBe('2027-10-19T07:30:00.000Z');
    expect(created.journey.sessions[5]!.startsAt).toBe('2027-11-09T08:30:00.000Z');
    expect(created.adjustments).toEqual([
      {
        position: 6,
        plannedOn: '2027-10-26',
        movedTo: '2027-11-09',
        reason: 'venue_blackout',
        blackout: {
          startsOn: '2027-10-23',
          endsOn: '2027-11-07',
          note: 'Vacances de la Toussaint',
        },
      },
    ]);
  });

  it('previews the same dates without writing anything', async () => {
    const group = await buildGroup(t, org.id);
    const preview = await org.members.coordinator.post(`${journeysUrl()}/preview`, {
      projectId,
      templateId,
      groupId: group.id,
      startsOn: '2027-01-04',
      startTime: '10:00',
    });
    expect(preview.status).toBe(200);
    const plan = preview.body as { sessions: Planned[]; conflictCount: number };
    expect(plan.sessions.map((s) => s.local.date)).toEqual([
      '2027-01-04',
      '2027-01-11',
      '2027-01-18',
      '2027-01-25',
      '2027-02-01',
      '2027-02-08',
      '2027-02-15',
      '2027-02-22',
      '2027-03-08',
    ]);
    expect(plan.conflictCount).toBe(0);
    const list = await org.members.coordinator.get(`${journeysUrl()}?groupId=${group.id}`);
    expect((list.body as { total: number }).total).toBe(0);
  });

  it('refuses a journey whose sessions conflict, naming the step, and creates nothing; with an override it is created and flagged', async () => {
    const artist = await buildArtist(t, org.id, { displayName: 'Amina Traoré' });
    const group = await buildGroup(t, org.id, { name: 'Petite section A' });
    await org.members.coordinator.post(`/api/orgs/${org.id}/sessions`, {
      projectId,
      kind: 'concert',
      title: 'Concert à la médiathèque',
      startsAtLocal: '2028-02-15T09:00',
      durationMin: 120,
      artistIds: [artist.id],
    });
    const body = {
      projectId,
      templateId,
      groupId: group.id,
      startsOn: '2028-01-04',
      weekday: 2,
      startTime: '10:00',
      artistIds: [artist.id],
    };
    const refused = await org.members.coordinator.post(journeysUrl(), body);
    expect(refused.status).toBe(409);
    const fields = (refused.body as { error: { fields: { message: string }[] } }).error.fields;
    expect(fields.map((f) => f.message)).toEqual([
      'Step 7: Amina Traoré is already booked for "Concert à la médiathèque" (Éveil musical à Vitry-sur-Seine) on 2028-02-15 09:00–11:00 Europe/Paris',
    ]);
    const none = await org.members.coordinator.get(`${journeysUrl()}?groupId=${group.id}`);
    expect((none.body as { total: number }).total).toBe(0);
    const accepted = await org.members.coordinator.post(journeysUrl(), {
      ...body,
      override: { reason: 'Le concert de la médiathèque accueille la classe' },
    });
    expect(accepted.status).toBe(201);
    const sessions = (accepted.body as { journey: { sessions: { flagged: boolean }[] } }).journey
      .sessions;
    expect(sessions.map((s) => s.flagged)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
      true,
      false,
      false,
    ]);
  });

  it('refuses an unknown group or template with 404 naming the field', async () => {
    const response = await org.members.coordinator.post(journeysUrl(), {
      projectId,
      templateId: '00000000-0000-4000-8000-000000000001',
      groupId: '00000000-0000-4000-8000-000000000002',
      startsOn: '2027-01-04',
      startTime: '10:00',
    });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      error: {
        code: 'JOURNEY.REFERENCE_NOT_FOUND',
        fields: [{ path: 'body.templateId' }, { path: 'body.groupId' }],
      },
    });
  });

  it('lets relays follow only the journeys of their own groups, and not create any', async () => {
    const own = await buildGroup(t, org.id, { relayUserId: org.members.relay.userId });
    const other = await buildGroup(t, org.id);
    const make = async (groupId: string) =>
      (
        (
          await org.members.coordinator.post(journeysUrl(), {
            projectId,
            templateId,
            groupId,
            startsOn: '2029-03-05',
            startTime: '14:00',
          })
        ).body as { journey: { id: string } }
      ).journey.id;
    const ownId = await make(own.id);
    const otherId = await make(other.id);
    const list = await org.members.relay.get(journeysUrl());
    expect((list.body as { items: { id: string }[] }).items.map((j) => j.id)).toEqual([ownId]);
    expect((await org.members.relay.get(`${journeysUrl()}/${ownId}`)).status).toBe(200);
    expect((await org.members.relay.get(`${journeysUrl()}/${otherId}`)).status).toBe(403);
    const create = await org.members.relay.post(journeysUrl(), {
      projectId,
      templateId,
      groupId: own.id,
      startsOn: '2029-03-05',
      startTime: '14:00',
    });
    expect(create.status).toBe(403);
  });

  it('deletes a journey not yet started with its sessions, and refuses one with a session held', async () => {
    const group = await buildGroup(t, org.id);
    const created = await org.members.coordinator.post(journeysUrl(), {
      projectId,
      templateId,
      groupId: group.id,
      startsOn: '2025-01-06',
      startTime: '10:00',
    });
    const journey = (created.body as { journey: { id: string; sessions: { id: string }[] } })
      .journey;
    const first = journey.sessions[0]!.id;
    const done = await org.members.coordinator.post(`/api/orgs/${org.id}/sessions/${first}/done`);
    expect(done.status).toBe(200);
    const refused = await org.members.coordinator.delete(`${journeysUrl()}/${journey.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'JOURNEY.HAS_HISTORY', details: { dependents: { doneSessions: 1 } } },
    });
    const fresh = await org.members.coordinator.post(journeysUrl(), {
      projectId,
      templateId,
      groupId: group.id,
      startsOn: '2029-01-08',
      startTime: '10:00',
    });
    const freshId = (fresh.body as { journey: { id: string } }).journey.id;
    expect((await org.members.coordinator.delete(`${journeysUrl()}/${freshId}`)).status).toBe(204);
    expect((await org.members.coordinator.get(`${journeysUrl()}/${freshId}`)).status).toBe(404);
  });
});
