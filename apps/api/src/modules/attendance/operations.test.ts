// Attendance operations: applied exactly once, refused one by one with a reason, conflicts settled.
import type { SessionRoster } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
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

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'relay', 'viewer']);
});
afterAll(() => t.close());

async function rosterOf(sessionId: string) {
  const response = await org.members.coordinator.get(
    `/api/orgs/${org.id}/sessions/${sessionId}/attendance`,
  );
  expect(response.status).toBe(200);
  return response.body as SessionRoster;
}

async function loggedOperations(sessionId: string) {
  return t.database.db
    .select()
    .from(schema.attendanceOperations)
    .where(eq(schema.attendanceOperations.sessionId, sessionId));
}

describe('attendance operations', () => {
  it('applies marks and head counts from the artist of the session', async () => {
    const { session, people, counted } = await buildAttendanceScene(t, org);
    const batch = [
      markOp(session.id, people[0]!.id, 'present'),
      markOp(session.id, people[1]!.id, 'absent'),
      markOp(session.id, people[2]!.id, 'excused'),
      headcountOp(session.id, counted.id, 17),
      headcountOp(session.id, null, 42),
    ];
    const results = await sendOperations(org.members.artist, org.id, batch);
    expect(results).toEqual(batch.map((op) => ({ opId: op.opId, outcome: 'applied' })));
    const roster = await rosterOf(session.id);
    expect(roster.participants.map((p) => p.mark?.status)).toEqual([
      'present',
      'absent',
      'excused',
    ]);
    expect(roster.groups.find((g) => g.id === counted.id)?.headcount?.count).toBe(17);
    expect(roster.audienceHeadcount?.count).toBe(42);
  });

  it('applies a replayed batch only once: every operation answers duplicate, nothing changes', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    const batch = [
      markOp(session.id, people[0]!.id, 'present'),
      markOp(session.id, people[1]!.id, 'present'),
    ];
    await sendOperations(org.members.artist, org.id, batch);
    const before = await rosterOf(session.id);
    const replay = await sendOperations(org.members.artist, org.id, [...batch].reverse());
    expect(replay.map((r) => r.outcome)).toEqual(['duplicate', 'duplicate']);
    const within = await sendOperations(org.members.artist, org.id, [
      markOp(session.id, people[2]!.id, 'absent', { opId: batch[0]!.opId }),
    ]);
    expect(within[0]!.outcome).toBe('duplicate');
    expect(await rosterOf(session.id)).toEqual(before);
    expect(await loggedOperations(session.id)).toHaveLength(2);
  });

  it('answers batches sent at once by one person each on its own, as if sent in turn', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    const earlier = markOp(session.id, people[2]!.id, 'present');
    await sendOperations(org.members.coordinator, org.id, [earlier]);
    const [p0, p1, p2] = people.map((p) => p.id) as [string, string, string];
    const batches = [
      [markOp(session.id, p0, 'present')],
      [markOp(session.id, p0, 'absent', { recordedAt: '2026-03-10T09:06:00.000Z' })],
      [markOp(session.id, crypto.randomUUID(), 'present'), markOp(session.id, p1, 'present')],
      [markOp(session.id, p1, 'excused', { opId: earlier.opId })],
      [markOp(session.id, p2, 'excused', { recordedAt: '2026-03-10T09:07:00.000Z' })],
    ];
    const answers = await Promise.all(
      batches.map((batch) => sendOperations(org.members.coordinator, org.id, batch)),
    );
    expect(answers.map((results) => results.map((r) => r.opId))).toEqual(
      batches.map((batch) => batch.map((op) => op.opId)),
    );
    // The first mark of p0 is applied or superseded depending on which batch ran first.
    expect(['applied', 'superseded']).toContain(answers[0]![0]!.outcome);
    expect(answers.slice(1).map((results) => results.map((r) => r.outcome))).toEqual([
      ['applied'],
      ['refused', 'applied'],
      ['duplicate'],
      ['applied'],
    ]);
    const roster = await rosterOf(session.id);
    expect(roster.participants.map((p) => p.mark?.status)).toEqual([
      'absent',
      'present',
      'excused',
    ]);
    expect(await loggedOperations(session.id)).toHaveLength(5);
  });

  it('counts the same op id twice in one batch once', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    const op = markOp(session.id, people[0]!.id, 'present');
    const results = await sendOperations(org.members.artist, org.id, [op, op]);
    expect(results.map((r) => r.outcome)).toEqual(['applied', 'duplicate']);
    expect(await loggedOperations(session.id)).toHaveLength(1);
  });

  it('refuses operations one by one with the reason, and applies the others of the batch', async () => {
    const { session, people, listed, counted } = await buildAttendanceScene(t, org);
    const elsewhere = await buildAttendanceScene(t, org);
    const cancelled = await buildSession(t, org.id, {
      groupIds: [listed.id],
      status: 'cancelled',
      artistIds: [(await buildArtist(t, org.id)).id],
    });
    const otherOrg = await buildOrganisation(t, ['admin', 'coordinator', 'artist'], 'Autre');
    const foreign = await buildAttendanceScene(t, otherOrg);
    const notHis = await buildSession(t, org.id, { groupIds: [listed.id] });
    const future = new Date(Date.now() + 3 * 24 * 3600 * 1000).toISOString();
    const batch = [
      markOp(crypto.randomUUID(), people[0]!.id, 'present'),
      markOp(foreign.session.id, foreign.people[0]!.id, 'present'),
      markOp(session.id, elsewhere.people[0]!.id, 'present'),
      markOp(session.id, crypto.randomUUID(), 'present'),
      markOp(cancelled.id, people[0]!.id, 'present'),
      markOp(notHis.id, people[0]!.id, 'present'),
      headcountOp(session.id, listed.id, 3),
      headcountOp(session.id, elsewhere.counted.id, 3),
      markOp(session.id, people[1]!.id, 'present', { recordedAt: future }),
      markOp(session.id, people[2]!.id, 'present'),
      headcountOp(session.id, counted.id, 12),
    ];
    const results = await sendOperations(org.members.artist, org.id, batch);
    expect(results.map((r) => [r.outcome, r.reason])).toEqual([
      ['refused', 'ATTENDANCE.SESSION_NOT_FOUND'],
      ['refused', 'ATTENDANCE.SESSION_NOT_FOUND'],
      ['refused', 'ATTENDANCE.PARTICIPANT_NOT_IN_SESSION'],
      ['refused', 'ATTENDANCE.PARTICIPANT_NOT_FOUND'],
      ['refused', 'ATTENDANCE.NOT_SESSION_ARTIST'],
      ['refused', 'ATTENDANCE.NOT_SESSION_ARTIST'],
      ['refused', 'ATTENDANCE.GROUP_LISTED_INDIVIDUALLY'],
      ['refused', 'ATTENDANCE.GROUP_NOT_IN_SESSION'],
      ['refused', 'OFFLINE.RECORDED_IN_FUTURE'],
      ['applied', undefined],
      ['applied', undefined],
    ]);
    // Refused operations are not logged: once the cause is fixed they can be sent again.
    expect(await loggedOperations(session.id)).toHaveLength(2);
    const byCoordinator = await sendOperations(org.members.coordinator, org.id, [
      markOp(cancelled.id, people[0]!.id, 'present'),
    ]);
    expect(byCoordinator[0]!.reason).toBe('ATTENDANCE.SESSION_CANCELLED');
    const stranger = await sendOperations(otherOrg.members.admin, otherOrg.id, [
      markOp(session.id, people[2]!.id, 'absent'),
    ]);
    expect(stranger[0]!.reason).toBe('ATTENDANCE.SESSION_NOT_FOUND');
    expect((await rosterOf(session.id)).participants[2]!.mark?.status).toBe('present');
  });

  it('keeps the edit with the latest device time whatever the arrival order, and logs both', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    const later = markOp(session.id, people[0]!.id, 'absent', {
      deviceId: 'phone-b',
      recordedAt: '2026-03-10T09:10:00.000Z',
    });
    const earlier = markOp(session.id, people[0]!.id, 'present', {
      deviceId: 'phone-a',
      recordedAt: '2026-03-10T09:05:00.000Z',
    });
    expect((await sendOperations(org.members.coordinator, org.id, [later]))[0]!.outcome).toBe(
      'applied',
    );
    expect((await sendOperations(org.members.artist, org.id, [earlier]))[0]!.outcome).toBe(
      'superseded',
    );
    expect((await rosterOf(session.id)).participants[0]!.mark?.status).toBe('absent');
    const log = await loggedOperations(session.id);
    expect(Object.fromEntries(log.map((o) => [o.deviceId, o.outcome]))).toEqual({
      'phone-b': 'applied',
      'phone-a': 'superseded',
    });
  });

  it('breaks a tie on device time by device id, then op id', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    const at = '2026-03-10T09:30:00.000Z';
    const fromZ = markOp(session.id, people[1]!.id, 'excused', {
      deviceId: 'z-tablet',
      recordedAt: at,
    });
    const fromA = markOp(session.id, people[1]!.id, 'present', {
      deviceId: 'a-phone',
      recordedAt: at,
    });
    await sendOperations(org.members.artist, org.id, [fromZ]);
    const results = await sendOperations(org.members.coordinator, org.id, [fromA]);
    expect(results[0]!.outcome).toBe('superseded');
    expect((await rosterOf(session.id)).participants[1]!.mark?.status).toBe('excused');
  });

  it('shows the coordinator the conflict, the winning edit first', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    await sendOperations(org.members.artist, org.id, [
      markOp(session.id, people[0]!.id, 'present', {
        deviceId: 'phone-a',
        recordedAt: '2026-03-10T09:05:00.000Z',
      }),
    ]);
    await sendOperations(org.members.coordinator, org.id, [
      markOp(session.id, people[0]!.id, 'excused', {
        deviceId: 'desktop-1',
        recordedAt: '2026-03-10T11:00:00.000Z',
      }),
      // Agreeing edits from two devices are not a conflict.
      markOp(session.id, people[1]!.id, 'present', { deviceId: 'desktop-1' }),
    ]);
    await sendOperations(org.members.artist, org.id, [
      markOp(session.id, people[1]!.id, 'present', { deviceId: 'phone-a' }),
    ]);
    const conflicts = await org.members.coordinator.get(
      `/api/orgs/${org.id}/attendance/conflicts?sessionId=${session.id}`,
    );
    expect(conflicts.status).toBe(200);
    expect(conflicts.body).toMatchObject({
      total: 1,
      items: [
        {
          kind: 'mark',
          session: { id: session.id },
          participant: { id: people[0]!.id, firstName: people[0]!.firstName },
          operations: [
            { deviceId: 'desktop-1', status: 'excused', outcome: 'applied' },
            { deviceId: 'phone-a', status: 'present', outcome: 'superseded' },
          ],
        },
      ],
    });
    const summary = await org.members.coordinator.get(
      `/api/orgs/${org.id}/attendance/sessions?limit=200`,
    );
    const row = (
      summary.body as { items: { session: { id: string }; conflicts: number }[] }
    ).items.find((item) => item.session.id === session.id);
    expect(row).toMatchObject({ conflicts: 1 });
    expect((await org.members.artist.get(`/api/orgs/${org.id}/attendance/conflicts`)).status).toBe(
      403,
    );
  });

  it('lets only admins, coordinators and artists write attendance', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    for (const role of ['relay', 'viewer'] as const) {
      const response = await org.members[role].post(`/api/orgs/${org.id}/offline/operations`, {
        operations: [markOp(session.id, people[0]!.id, 'present')],
      });
      expect(response.status).toBe(403);
    }
  });

  it('refuses a malformed batch with 400 naming the operation and field', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    const response = await org.members.artist.post(`/api/orgs/${org.id}/offline/operations`, {
      operations: [
        markOp(session.id, people[0]!.id, 'present'),
        { ...markOp(session.id, people[1]!.id, 'present'), status: 'late' },
      ],
    });
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: { code: 'REQUEST.VALIDATION', fields: [{ path: 'body.operations.1.status' }] },
    });
    expect(await loggedOperations(session.id)).toHaveLength(0);
  });

  it('refuses to delete a participant who has attendance (409), pointing to anonymisation', async () => {
    const { session, people } = await buildAttendanceScene(t, org);
    await sendOperations(org.members.artist, org.id, [
      markOp(session.id, people[0]!.id, 'present'),
    ]);
    const response = await org.members.coordinator.delete(
      `/api/orgs/${org.id}/participants/${people[0]!.id}`,
    );
    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      error: {
        code: 'PARTICIPANT.HAS_ATTENDANCE',
        details: { dependents: { attendanceMarks: 1 } },
      },
    });
  });
});
