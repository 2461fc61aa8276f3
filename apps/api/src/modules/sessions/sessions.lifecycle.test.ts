// Sessions in local time, their life (cancel, done, delete) and the calendar per project, venue, group.
import { schema } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addParticipants,
  buildArtist,
  buildGroup,
  buildProject,
  buildVenue,
} from '../../testing/programme-rows';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;
let projectId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  coordinator = org.members.coordinator;
  projectId = (await buildProject(t, org.id)).id;
});
afterAll(() => t.close());

const url = () => `/api/orgs/${org.id}/sessions`;
type Session = {
  id: string;
  startsAt: string;
  timeZone: string;
  status: string;
  local: { date: string; startTime: string; endTime: string; weekday: number };
};

async function create(overrides: Record<string, unknown>) {
  return coordinator.post(url(), {
    projectId,
    kind: 'workshop_percussion',
    startsAtLocal: '2027-10-26T10:00',
    durationMin: 60,
    ...overrides,
  });
}

describe('sessions in local time', () => {
  it('keeps 10:00 on the venue clocks for a weekly session across the end of summer time', async () => {
    const venue = await buildVenue(t, org.id);
    const before = (await create({ venueId: venue.id })).body as Session;
    const after = (await create({ venueId: venue.id, startsAtLocal: '2027-11-02T10:00' }))
      .body as Session;
    expect([before.startsAt, before.local.startTime, before.timeZone]).toEqual([
      '2027-10-26T08:00:00.000Z',
      '10:00',
      'Europe/Paris',
    ]);
    expect([after.startsAt, after.local.startTime, after.local.weekday]).toEqual([
      '2027-11-02T09:00:00.000Z',
      '10:00',
      2,
    ]);
  });

  it('refuses a wall-clock time the clocks skip, naming the field', async () => {
    const response = await create({ startsAtLocal: '2027-03-28T02:30' });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { code: 'SESSION.INVALID', fields: [{ path: 'body.startsAtLocal' }] },
    });
  });

  it("refuses a time zone other than the venue's, and an online session with a venue", async () => {
    const venue = await buildVenue(t, org.id, { timeZone: 'Europe/Paris' });
    const zone = await create({ venueId: venue.id, timeZone: 'Europe/London' });
    expect(zone.status).toBe(400);
    expect(zone.body).toMatchObject({ error: { fields: [{ path: 'body.timeZone' }] } });
    const online = await create({ kind: 'online', venueId: venue.id });
    expect(online.status).toBe(400);
    expect(online.body).toMatchObject({ error: { fields: [{ path: 'body.venueId' }] } });
  });

  it('places an online session in the zone given, with its link', async () => {
    const response = await create({
      kind: 'online',
      timeZone: 'Europe/Luxembourg',
      onlineUrl: 'https://visio.example.org/chorale',
      startsAtLocal: '2027-01-12T19:00',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      timeZone: 'Europe/Luxembourg',
      startsAt: '2027-01-12T18:00:00.000Z',
      onlineUrl: 'https://visio.example.org/chorale',
      venue: null,
    });
  });

  it('refuses unknown artists and groups with 404 naming each one', async () => {
    const response = await create({
      artistIds: ['00000000-0000-4000-8000-000000000001'],
      groupIds: ['00000000-0000-4000-8000-000000000002'],
    });
    expect(response.status).toBe(404);
    expect(response.body).toMatchObject({
      error: {
        code: 'SESSION.REFERENCE_NOT_FOUND',
        fields: [{ path: 'body.artistIds.0' }, { path: 'body.groupIds.0' }],
      },
    });
  });
});

describe('the life of a session', () => {
  it('is cancelled once with a reason, then keeps its plan', async () => {
    const session = (await create({ startsAtLocal: '2027-02-02T10:00' })).body as Session;
    const cancelled = await coordinator.post(`${url()}/${session.id}/cancel`, {
      reason: 'Gymnase réquisitionné',
    });
    expect(cancelled.body).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Gymnase réquisitionné',
    });
    expect(
      (await coordinator.post(`${url()}/${session.id}/cancel`, { reason: 'Encore' })).status,
    ).toBe(409);
    const moved = await coordinator.patch(`${url()}/${session.id}`, { durationMin: 30 });
    expect(moved.status).toBe(409);
    const noted = await coordinator.patch(`${url()}/${session.id}`, { notes: 'Reporter en mars' });
    expect(noted.status).toBe(200);
  });

  it('is marked done by its artist once it has begun, not before, and not by another artist', async () => {
    const artist = await buildArtist(t, org.id, {
      skills: ['workshop_percussion'],
      userId: org.members.artist.userId,
    });
    const other = await buildArtist(t, org.id, { skills: ['workshop_percussion'] });
    const past = (await create({ startsAtLocal: '2025-03-04T10:00', artistIds: [artist.id] }))
      .body as Session;
    const future = (await create({ startsAtLocal: '2031-03-04T10:00', artistIds: [artist.id] }))
      .body as Session;
    const notMine = (await create({ startsAtLocal: '2025-03-05T10:00', artistIds: [other.id] }))
      .body as Session;
    const done = await org.members.artist.post(`${url()}/${past.id}/done`);
    expect(done.body).toMatchObject({ status: 'done' });
    const early = await org.members.artist.post(`${url()}/${future.id}/done`);
    expect(early.body).toMatchObject({ error: { code: 'SESSION.NOT_STARTED' } });
    expect((await org.members.artist.post(`${url()}/${notMine.id}/done`)).status).toBe(403);
  });

  it('is deleted only without attendance; with marks it must be cancelled', async () => {
    const group = await buildGroup(t, org.id);
    await addParticipants(t, org.id, group.id, 1);
    const [participant] = await t.database.db.select().from(schema.participants).limit(1);
    const marked = (await create({ startsAtLocal: '2025-05-06T10:00', groupIds: [group.id] }))
      .body as Session;
    await t.database.db.insert(schema.attendanceMarks).values({
      orgId: org.id,
      sessionId: marked.id,
      participantId: participant!.id,
      status: 'present',
      recordedAt: new Date('2025-05-06T08:30:00Z'),
      deviceId: 'tablette-1',
      opId: '7d1c1b1e-1111-4a2b-9c3d-000000000001',
    });
    const refused = await coordinator.delete(`${url()}/${marked.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'SESSION.HAS_ATTENDANCE',
        details: { dependents: { marks: 1, headcounts: 0 } },
      },
    });
    const empty = (await create({ startsAtLocal: '2025-05-13T10:00' })).body as Session;
    expect((await coordinator.delete(`${url()}/${empty.id}`)).status).toBe(204);
    expect((await coordinator.get(`${url()}/${empty.id}`)).status).toBe(404);
  });
});

describe('the calendar', () => {
  it('lists a range of local dates, filtered by project, venue or group, in start order', async () => {
    const project = await buildProject(t, org.id, { name: 'Percussions au collège' });
    const venue = await buildVenue(t, org.id);
    const group = await buildGroup(t, org.id);
    const inProject = { projectId: project.id };
    await create({ ...inProject, startsAtLocal: '2028-03-07T14:00', venueId: venue.id });
    await create({ ...inProject, startsAtLocal: '2028-03-06T09:00', groupIds: [group.id] });
    await create({ ...inProject, startsAtLocal: '2028-03-13T00:30' });
    await create({ startsAtLocal: '2028-03-08T09:00' });
    const week = `from=2028-03-06&to=2028-03-13`;
    const dates = async (filter: string) =>
      (
        (await coordinator.get(`${url()}?${week}&${filter}`)).body as { items: Session[] }
      ).items.map((s) => `${s.local.date} ${s.local.startTime}`);
    expect(await dates(`projectId=${project.id}`)).toEqual([
      '2028-03-06 09:00',
      '2028-03-07 14:00',
    ]);
    expect(await dates(`venueId=${venue.id}`)).toEqual(['2028-03-07 14:00']);
    expect(await dates(`groupId=${group.id}`)).toEqual(['2028-03-06 09:00']);
  });

  it('answers the current week by default, and refuses more than six weeks', async () => {
    const current = await org.members.viewer.get(url());
    expect(current.status).toBe(200);
    expect(current.body).toMatchObject({ timeZone: 'Europe/Paris' });
    const long = await coordinator.get(`${url()}?from=2028-01-01&to=2028-03-01`);
    expect(long.status).toBe(400);
    expect(long.body).toMatchObject({
      error: { code: 'CALENDAR.RANGE_TOO_LONG', fields: [{ path: 'querystring.to' }] },
    });
  });

  it('shows relays only the sessions of the groups they follow', async () => {
    const own = await buildGroup(t, org.id, { relayUserId: org.members.relay.userId });
    const other = await buildGroup(t, org.id);
    const mine = (await create({ startsAtLocal: '2028-05-02T10:00', groupIds: [own.id] }))
      .body as Session;
    const theirs = (await create({ startsAtLocal: '2028-05-03T10:00', groupIds: [other.id] }))
      .body as Session;
    const calendar = await org.members.relay.get(`${url()}?from=2028-05-01&to=2028-05-08`);
    expect((calendar.body as { items: Session[] }).items.map((s) => s.id)).toEqual([mine.id]);
    expect((await org.members.relay.get(`${url()}/${theirs.id}`)).status).toBe(403);
    const write = await org.members.relay.post(url(), {
      projectId,
      kind: 'concert',
      startsAtLocal: '2028-05-04T10:00',
      durationMin: 60,
    });
    expect(write.status).toBe(403);
  });
});
