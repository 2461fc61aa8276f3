// Rosters: the artist's day (for offline use) and a session's attendance, as each role may see them.
import type { MyDay, SessionRoster } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildAttendanceScene,
  headcountOp,
  markOp,
  sendOperations,
} from '../../testing/attendance-setup';
import { buildArtist, buildSession } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let scene: Awaited<ReturnType<typeof buildAttendanceScene>>;

// 10:00 in Paris on Tuesday 10 March 2026.
const MORNING = new Date('2026-03-10T09:00:00Z');

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
  scene = await buildAttendanceScene(t, org, { startsAt: MORNING });
  await org.members.coordinator.patch(
    `/api/orgs/${org.id}/participants/${scene.people[1]!.id}/access-needs`,
    { needs: 'Malentendant : se placer près de lui' },
  );
  await sendOperations(org.members.artist, org.id, [
    markOp(scene.session.id, scene.people[2]!.id, 'present'),
    headcountOp(scene.session.id, scene.counted.id, 9),
  ]);
});
afterAll(() => t.close());

async function myDay(client = org.members.artist, date = '2026-03-10') {
  const response = await client.get(`/api/orgs/${org.id}/my-day?date=${date}`);
  expect(response.status).toBe(200);
  return response.body as MyDay;
}

describe('my day', () => {
  it("gives the artist the day's sessions with venue, groups, roster, flags, needs, marks and counts", async () => {
    const day = await myDay();
    expect(day).toMatchObject({ date: '2026-03-10', timeZone: 'Europe/Paris', artistLinked: true });
    expect(day.sessions).toHaveLength(1);
    const [roster] = day.sessions;
    expect(roster!.session).toMatchObject({
      id: scene.session.id,
      startsAt: MORNING.toISOString(),
      venue: { name: expect.stringContaining('Salle des fêtes') },
    });
    expect(roster!.groups.map((g) => [g.name, g.listedIndividually, g.headcount?.count])).toEqual([
      ['CM1 Jean-Moulin', true, undefined],
      ['Public du centre social', false, 9],
    ]);
    expect(roster!.accessNeedsIncluded).toBe(true);
    expect(
      roster!.participants.map((p) => [
        p.lastName,
        p.consentMissing,
        p.accessNeeds,
        p.mark?.status,
      ]),
    ).toEqual([
      ['M.', true, null, undefined],
      ['M.', false, 'Malentendant : se placer près de lui', undefined],
      ['M.', false, null, 'present'],
    ]);
  });

  it("keeps to the organisation's day and to the sessions the artist leads", async () => {
    const otherArtist = await buildArtist(t, org.id);
    // 00:30 in Paris on 11 March: the next day there, although 10 March in UTC.
    await buildSession(t, org.id, {
      groupIds: [scene.listed.id],
      artistIds: [scene.artist.id],
      startsAt: new Date('2026-03-10T23:30:00Z'),
    });
    await buildSession(t, org.id, {
      groupIds: [scene.listed.id],
      artistIds: [otherArtist.id],
      startsAt: new Date('2026-03-10T13:00:00Z'),
    });
    expect((await myDay()).sessions.map((s) => s.session.id)).toEqual([scene.session.id]);
    expect((await myDay(org.members.artist, '2026-03-11')).sessions).toHaveLength(1);
    expect((await myDay(org.members.artist, '2026-03-12')).sessions).toEqual([]);
  });

  it('says when no artist record is linked to the account', async () => {
    const day = await myDay(org.members.coordinator);
    expect(day).toMatchObject({ artistLinked: false, sessions: [] });
  });

  it('is not for relays and viewers, and refuses an impossible date', async () => {
    for (const role of ['relay', 'viewer'] as const) {
      expect((await org.members[role].get(`/api/orgs/${org.id}/my-day`)).status).toBe(403);
    }
    const bad = await org.members.artist.get(`/api/orgs/${org.id}/my-day?date=2026-02-30`);
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { fields: [{ path: 'querystring.date' }] } });
  });
});

describe('session attendance', () => {
  const url = () => `/api/orgs/${org.id}/sessions/${scene.session.id}/attendance`;

  it('shows coordinators full names and access needs', async () => {
    const roster = (await org.members.coordinator.get(url())).body as SessionRoster;
    expect(roster.accessNeedsIncluded).toBe(true);
    expect(roster.participants[0]!.lastName).toBe('Martin0');
    expect(roster.participants[1]!.accessNeeds).toBe('Malentendant : se placer près de lui');
  });

  it('is not for viewers, who read attendance summaries without names', async () => {
    const response = await org.members.viewer.get(url());
    expect(response.status).toBe(403);
    expect(JSON.stringify(response.body)).not.toContain('Martin0');
  });

  it('lets an artist read only the sessions they lead', async () => {
    const notHis = await buildSession(t, org.id, { groupIds: [scene.listed.id] });
    const refused = await org.members.artist.get(
      `/api/orgs/${org.id}/sessions/${notHis.id}/attendance`,
    );
    expect(refused.status).toBe(403);
    expect(JSON.stringify(refused.body)).not.toContain('Malentendant');
    const own = (await org.members.artist.get(url())).body as SessionRoster;
    expect(own.participants[1]).toMatchObject({ lastName: 'M.', accessNeeds: expect.any(String) });
    expect((await org.members.relay.get(url())).status).toBe(403);
  });

  it('answers 404 for an unknown session', async () => {
    const response = await org.members.coordinator.get(
      `/api/orgs/${org.id}/sessions/${crypto.randomUUID()}/attendance`,
    );
    expect(response.status).toBe(404);
  });

  it('sums up the sessions of a period for coordinators', async () => {
    const response = await org.members.coordinator.get(
      `/api/orgs/${org.id}/attendance/sessions?from=2026-03-10&to=2026-03-10`,
    );
    expect(response.status).toBe(200);
    const body = response.body as { items: Record<string, unknown>[]; total: number };
    const row = body.items.find((item) => (item.session as { id: string }).id === scene.session.id);
    expect(row).toMatchObject({
      expected: 3,
      present: 1,
      absent: 0,
      excused: 0,
      headcountTotal: 9,
      conflicts: 0,
      groups: expect.arrayContaining([{ id: scene.listed.id, name: 'CM1 Jean-Moulin' }]),
    });
  });
});
