// Which writes make a cached answer stale: only those to what it was made of. An artist's day
// and calendar follow that artist's sessions on those days; other answers follow the tables read.
import type { Calendar, MyDay } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAttendanceScene, markOp, sendOperations } from '../../testing/attendance-setup';
import { buildArtist, buildGroup, buildSession } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let scene: Awaited<ReturnType<typeof buildAttendanceScene>>;
let other: { artistId: string; sessionId: string };

// 10:00 in Paris on Tuesday 10 March 2026.
const MORNING = new Date('2026-03-10T09:00:00Z');

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['coordinator', 'artist']);
  scene = await buildAttendanceScene(t, org, { startsAt: MORNING });
  // Another artist working the same day, with a group of their own.
  const artist = await buildArtist(t, org.id);
  const group = await buildGroup(org.members.coordinator, org.id, { name: 'CE2 Les Tilleuls' });
  const session = await buildSession(t, org.id, {
    artistIds: [artist.id],
    groupIds: [group.id],
    startsAt: new Date('2026-03-10T13:00:00Z'),
  });
  other = { artistId: artist.id, sessionId: session.id };
});
afterAll(() => t.close());

const dayUrl = (date: string) => `/api/orgs/${org.id}/my-day?date=${date}`;
const calendarUrl = (artistId: string) =>
  `/api/orgs/${org.id}/sessions?artistId=${artistId}&from=2026-03-01&to=2026-04-01`;

async function read(url: string, client = org.members.artist) {
  const response = await client.get(url);
  expect(response.status).toBe(200);
  return response;
}

/** Reads `url` and tells whether the answer came from memory. */
async function readCounted(url: string, client = org.members.artist) {
  const before = t.app.responseCache.counts.hits;
  const response = await read(url, client);
  return { response, fromMemory: t.app.responseCache.counts.hits > before };
}

async function patchSession(sessionId: string, body: object) {
  const response = await org.members.coordinator.patch(
    `/api/orgs/${org.id}/sessions/${sessionId}`,
    body,
  );
  expect(response.status).toBe(200);
}

describe("an artist's cached day and calendar", () => {
  it("stay served from memory while another artist's sessions are edited and marked", async () => {
    const calendar = calendarUrl(scene.artist.id);
    const day = await read(dayUrl('2026-03-10'));
    const month = await read(calendar, org.members.coordinator);
    await patchSession(other.sessionId, { notes: 'Apporter les partitions', title: 'Canon' });
    await sendOperations(org.members.coordinator, org.id, [
      markOp(other.sessionId, scene.people[1]!.id, 'present'),
    ]);
    const dayAgain = await readCounted(dayUrl('2026-03-10'));
    const monthAgain = await readCounted(calendar, org.members.coordinator);
    expect([dayAgain.fromMemory, monthAgain.fromMemory]).toEqual([true, true]);
    expect(dayAgain.response.rawBody.equals(day.rawBody)).toBe(true);
    expect(monthAgain.response.rawBody.equals(month.rawBody)).toBe(true);
    // The other artist's calendar shows the edit.
    const theirs = (await read(calendarUrl(other.artistId), org.members.coordinator))
      .body as Calendar;
    expect(theirs.items.map((s) => [s.title, s.notes])).toEqual([
      ['Canon', 'Apporter les partitions'],
    ]);
  });

  it('show at once an edit and a mark of their own sessions', async () => {
    const calendar = calendarUrl(scene.artist.id);
    await read(dayUrl('2026-03-10'));
    await read(calendar, org.members.coordinator);
    await patchSession(scene.session.id, { title: 'Chœur du matin', notes: 'Salle B' });
    const month = (await readCounted(calendar, org.members.coordinator)).response.body as Calendar;
    expect(month.items.map((s) => [s.title, s.notes])).toEqual([['Chœur du matin', 'Salle B']]);
    const day = await readCounted(dayUrl('2026-03-10'));
    expect(day.fromMemory).toBe(false);
    expect((day.response.body as MyDay).sessions.map((s) => s.session.title)).toEqual([
      'Chœur du matin',
    ]);

    await sendOperations(org.members.artist, org.id, [
      markOp(scene.session.id, scene.people[0]!.id, 'absent', {
        recordedAt: new Date().toISOString(),
      }),
    ]);
    const marked = (await read(dayUrl('2026-03-10'))).body as MyDay;
    const person = marked.sessions[0]!.participants.find((p) => p.id === scene.people[0]!.id);
    expect(person?.mark?.status).toBe('absent');
    // Attendance is not on the calendar: the mark left it current.
    expect((await readCounted(calendar, org.members.coordinator)).fromMemory).toBe(true);
  });

  it('follow a session moved to another day, on both days', async () => {
    const sessionsOn = async (date: string) =>
      ((await read(dayUrl(date))).body as MyDay).sessions.map((s) => s.session.id);
    expect(await sessionsOn('2026-03-10')).toEqual([scene.session.id]);
    expect(await sessionsOn('2026-03-12')).toEqual([]);
    await patchSession(scene.session.id, {
      startsAtLocal: '2026-03-12T10:00',
      override: { reason: 'Test: moved' },
    });
    expect(await sessionsOn('2026-03-10')).toEqual([]);
    expect(await sessionsOn('2026-03-12')).toEqual([scene.session.id]);
    await patchSession(scene.session.id, {
      startsAtLocal: '2026-03-10T10:00',
      override: { reason: 'Test: moved back' },
    });
    expect(await sessionsOn('2026-03-10')).toEqual([scene.session.id]);
  });

  it('lose a session when the artist is taken off it, and find it when put back', async () => {
    const calendar = calendarUrl(scene.artist.id);
    const idsIn = async () =>
      ((await read(calendar, org.members.coordinator)).body as Calendar).items.map((s) => s.id);
    const dayIds = async () =>
      ((await read(dayUrl('2026-03-10'))).body as MyDay).sessions.map((s) => s.session.id);
    expect([await idsIn(), await dayIds()]).toEqual([[scene.session.id], [scene.session.id]]);
    const override = { reason: 'Test: another artist' };
    await patchSession(scene.session.id, { artistIds: [other.artistId], override });
    expect([await idsIn(), await dayIds()]).toEqual([[], []]);
    await patchSession(scene.session.id, { artistIds: [scene.artist.id], override });
    expect([await idsIn(), await dayIds()]).toEqual([[scene.session.id], [scene.session.id]]);
  });
});

describe('other cached answers', () => {
  it('follow the tables they read: a mark leaves the participant list current, a rename does not', async () => {
    const url = `/api/orgs/${org.id}/participants?limit=50`;
    const coordinator = org.members.coordinator;
    const first = await read(url, coordinator);
    await sendOperations(org.members.artist, org.id, [
      markOp(scene.session.id, scene.people[2]!.id, 'excused', {
        recordedAt: new Date().toISOString(),
      }),
    ]);
    const again = await readCounted(url, coordinator);
    expect(again.fromMemory).toBe(true);
    expect(again.response.rawBody.equals(first.rawBody)).toBe(true);
    const renamed = await coordinator.patch(
      `/api/orgs/${org.id}/participants/${scene.people[2]!.id}`,
      { firstName: 'Zoé' },
    );
    expect(renamed.status).toBe(200);
    const after = (await read(url, coordinator)).body as { items: { firstName: string }[] };
    expect(after.items.map((p) => p.firstName)).toContain('Zoé');
  });
});
