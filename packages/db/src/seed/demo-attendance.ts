// The last demo step: attendance of the sessions already held, written as the phones would have
// (one logged operation per mark), head counts at concerts, and two conflicts to review.
import type { AttendanceStatus } from '@tutti/contracts';
import { and, eq, inArray, lt, ne, sql } from 'drizzle-orm';
import type { Db } from '../client';
import * as schema from '../schema/index';
import type { DemoStep } from './demo';
import { seededRandom } from './demo-participants';
import { DEMO_GROUPS } from './demo-participants-data';

type Status = AttendanceStatus;
type Session = { id: string; kind: string; startsAt: Date };

const minutes = (date: Date, n: number) => new Date(date.getTime() + n * 60_000);

async function pastSessions(db: Db, orgId: string, now: Date): Promise<Session[]> {
  return db
    .select({
      id: schema.sessions.id,
      kind: schema.sessions.kind,
      startsAt: schema.sessions.startsAt,
    })
    .from(schema.sessions)
    .where(
      and(
        eq(schema.sessions.orgId, orgId),
        lt(schema.sessions.endsAt, now),
        ne(schema.sessions.status, 'cancelled'),
      ),
    )
    .orderBy(schema.sessions.startsAt);
}

/** Who was on the phone: the session's first artist with an account, else the coordinator. */
async function markersOf(db: Db, sessionIds: string[], fallback: string) {
  const rows = await db
    .select({ sessionId: schema.sessionArtists.sessionId, userId: schema.artists.userId })
    .from(schema.sessionArtists)
    .innerJoin(schema.artists, eq(schema.artists.id, schema.sessionArtists.artistId))
    .where(inArray(schema.sessionArtists.sessionId, sessionIds));
  const markers = new Map<string, string>();
  for (const row of rows) if (row.userId) markers.set(row.sessionId, row.userId);
  return (sessionId: string) => markers.get(sessionId) ?? fallback;
}

async function rosterOf(db: Db, sessionIds: string[]) {
  return db
    .select({ sessionId: schema.sessionGroups.sessionId, participantId: schema.participants.id })
    .from(schema.sessionGroups)
    .innerJoin(schema.participants, eq(schema.participants.groupId, schema.sessionGroups.groupId))
    .where(inArray(schema.sessionGroups.sessionId, sessionIds))
    .orderBy(schema.participants.searchName);
}

function statusFor(draw: number): Status {
  if (draw < 0.87) return 'present';
  return draw < 0.95 ? 'absent' : 'excused';
}

type Mark = typeof schema.attendanceMarks.$inferInsert;

function logOf(mark: Mark, outcome: 'applied' | 'superseded') {
  return {
    opId: mark.opId,
    orgId: mark.orgId,
    deviceId: mark.deviceId,
    userId: mark.recordedBy ?? null,
    sessionId: mark.sessionId,
    participantId: mark.participantId,
    kind: 'mark' as const,
    status: mark.status,
    recordedAt: mark.recordedAt,
    outcome,
  };
}

/**
 * Seats a concert has left for its door audience: the tightest of the session's and the venue's
 * capacity, less what its groups bring (a group brings the larger of its expected size and its
 * listed participants, as the conflict check counts it). Null when nothing limits the room.
 */
async function seatsLeft(db: Db, concert: Session): Promise<number | null> {
  const [limits] = await db
    .select({ session: schema.sessions.capacity, venue: schema.venues.capacity })
    .from(schema.sessions)
    .leftJoin(schema.venues, eq(schema.venues.id, schema.sessions.venueId))
    .where(eq(schema.sessions.id, concert.id));
  const caps = [limits?.session, limits?.venue].filter((c): c is number => c != null);
  if (caps.length === 0) return null;
  const groups = await db
    .select({
      expected: schema.groups.expectedSize,
      listed: sql<number>`(select count(*) from participants p where p.group_id = ${schema.groups.id})::int`,
    })
    .from(schema.sessionGroups)
    .innerJoin(schema.groups, eq(schema.groups.id, schema.sessionGroups.groupId))
    .where(eq(schema.sessionGroups.sessionId, concert.id));
  const brought = groups.reduce((sum, g) => sum + Math.max(g.expected ?? 0, g.listed), 0);
  return Math.max(0, Math.min(...caps) - brought);
}

/** The commune of each concert's venue, to keep the audience group to concerts of its own place. */
async function venueCommunes(db: Db, concerts: Session[]) {
  const rows = await db
    .select({ id: schema.sessions.id, code: schema.venues.communeCode })
    .from(schema.sessions)
    .leftJoin(schema.venues, eq(schema.venues.id, schema.sessions.venueId))
    .where(
      inArray(
        schema.sessions.id,
        concerts.map((c) => c.id),
      ),
    );
  return new Map(rows.map((row) => [row.id, row.code]));
}

/**
 * The concert audience, counted at the door, on every concert of the season. The audience group
 * (people of Moulins-Engilbert who follow the pocket concerts) joins only the concerts held in its
 * own commune, where the hall has room for it (a small hall never looks overbooked); elsewhere the
 * door count is kept without the group (people of the place, counted at the venue), and never above
 * the seats left. Counting that group at a concert 46 or 294 km away made one implausible line the
 * larger part of the demo's carbon footprint.
 */
async function countConcertAudiences(db: Db, orgId: string, concerts: Session[], userId: string) {
  const [audience] = await db
    .select({
      id: schema.groups.id,
      expected: schema.groups.expectedSize,
      communeCode: schema.groups.communeCode,
    })
    .from(schema.groups)
    .where(and(eq(schema.groups.orgId, orgId), eq(schema.groups.name, DEMO_GROUPS.publicConcerts)));
  if (!audience || concerts.length === 0) return;
  const communeOf = await venueCommunes(db, concerts);
  const random = seededRandom(125);
  for (const concert of concerts) {
    const room = await seatsLeft(db, concert);
    const local = communeOf.get(concert.id) === audience.communeCode;
    const fits = local && (room === null || room >= (audience.expected ?? 0));
    if (fits) {
      await db
        .insert(schema.sessionGroups)
        .values({ orgId, sessionId: concert.id, groupId: audience.id })
        .onConflictDoNothing();
    }
    const base = {
      orgId,
      sessionId: concert.id,
      recordedAt: minutes(concert.startsAt, 5),
      recordedBy: userId,
      deviceId: 'demo-phone-billetterie',
    };
    const atMost = (n: number) => (room === null ? n : Math.min(n, room));
    const audienceCount = atMost(60 + Math.floor(random() * 50));
    const walkIns = 8 + Math.floor(random() * 15);
    const counts = fits
      ? [
          { ...base, groupId: audience.id, count: audienceCount, opId: crypto.randomUUID() },
          { ...base, groupId: null, count: walkIns, opId: crypto.randomUUID() },
        ]
      : [{ ...base, groupId: null, count: audienceCount, opId: crypto.randomUUID() }];
    await db.insert(schema.sessionHeadcounts).values(counts);
    await db.insert(schema.attendanceOperations).values(
      counts.map(({ recordedBy, ...c }) => ({
        ...c,
        userId: recordedBy,
        kind: 'headcount' as const,
        outcome: 'applied' as const,
      })),
    );
  }
}

export const demoAttendanceStep: DemoStep = {
  name: 'attendance',
  async run({ db, orgId, userIds, now }) {
    const sessions = await pastSessions(db, orgId, now);
    if (sessions.length === 0) return;
    const ids = sessions.map((s) => s.id);
    const markerOf = await markersOf(db, ids, userIds.coordinator);
    const roster = await rosterOf(db, ids);
    const random = seededRandom(2_400);
    const marks: Mark[] = [];
    for (const session of sessions) {
      for (const { participantId } of roster.filter((r) => r.sessionId === session.id)) {
        const recordedBy = markerOf(session.id);
        marks.push({
          orgId,
          sessionId: session.id,
          participantId,
          status: statusFor(random()),
          recordedAt: minutes(session.startsAt, 10),
          recordedBy,
          deviceId: `demo-phone-${recordedBy.slice(0, 8)}`,
          opId: crypto.randomUUID(),
        });
      }
    }
    for (let start = 0; start < marks.length; start += 500) {
      const chunk = marks.slice(start, start + 500);
      await db.insert(schema.attendanceMarks).values(chunk);
      await db.insert(schema.attendanceOperations).values(chunk.map((m) => logOf(m, 'applied')));
    }
    await seedConflicts(db, marks, sessions, userIds.coordinator);
    await countConcertAudiences(
      db,
      orgId,
      sessions.filter((s) => s.kind === 'concert'),
      userIds.coordinator,
    );
  },
};

/**
 * On the latest session held, two marks were also edited from the office: one the day before
 * (a parent called; the phone's later mark wins), one the next morning (a correction; it wins).
 */
async function seedConflicts(db: Db, marks: Mark[], sessions: Session[], coordinator: string) {
  const last = [...sessions].reverse().find((s) => marks.some((m) => m.sessionId === s.id));
  if (!last) return;
  const [first, second] = marks.filter((m) => m.sessionId === last.id);
  const other = (status: Status): Status => (status === 'present' ? 'excused' : 'present');
  const office = { recordedBy: coordinator, deviceId: 'demo-desktop-bureau' };
  if (first) {
    const before = {
      ...first,
      ...office,
      status: other(first.status),
      recordedAt: minutes(last.startsAt, -18 * 60),
      opId: crypto.randomUUID(),
    };
    await db.insert(schema.attendanceOperations).values(logOf(before, 'superseded'));
  }
  if (second) {
    const after = {
      ...second,
      ...office,
      status: other(second.status),
      recordedAt: minutes(last.startsAt, 26 * 60),
      opId: crypto.randomUUID(),
    };
    await db.insert(schema.attendanceOperations).values(logOf(after, 'applied'));
    await db
      .update(schema.attendanceOperations)
      .set({ outcome: 'superseded' })
      .where(eq(schema.attendanceOperations.opId, second.opId));
    await db
      .update(schema.attendanceMarks)
      .set({
        status: after.status,
        recordedAt: after.recordedAt,
        recordedBy: coordinator,
        deviceId: after.deviceId,
        opId: after.opId,
      })
      .where(
        and(
          eq(schema.attendanceMarks.sessionId, second.sessionId),
          eq(schema.attendanceMarks.participantId, second.participantId),
        ),
      );
  }
}
