// The only place with queries for following attendance: per-session counts and conflicting edits.
import { type Executor, schema } from '@tutti/db';
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { startsWithin } from './roster.repository';

const {
  sessions,
  venues,
  sessionGroups,
  groups,
  participants,
  attendanceMarks,
  sessionHeadcounts,
  attendanceOperations,
  users,
} = schema;

const marksWith = (status: 'present' | 'absent' | 'excused') =>
  sql<number>`(select count(*)::int from ${attendanceMarks} where ${attendanceMarks.sessionId} = ${sessions.id} and ${attendanceMarks.status} = ${status})`;

/** Same mark (or head count), more than one device, more than one value. */
export const conflictHaving = sql`count(distinct ${attendanceOperations.deviceId}) > 1 and (count(distinct ${attendanceOperations.status}) > 1 or count(distinct ${attendanceOperations.count}) > 1)`;

export async function sessionSummaries(
  tx: Executor,
  range: { orgId: string; timeZone: string; from: string; toExclusive: string },
  page: { limit: number; offset: number },
) {
  const where = and(
    eq(sessions.orgId, range.orgId),
    startsWithin(range.timeZone, range.from, range.toExclusive),
  );
  const items = await tx
    .select({
      session: sessions,
      venueName: venues.name,
      expected: sql<number>`(select count(*)::int from ${participants} join ${sessionGroups} on ${sessionGroups.groupId} = ${participants.groupId} where ${sessionGroups.sessionId} = ${sessions.id} and ${participants.archivedAt} is null)`,
      present: marksWith('present'),
      absent: marksWith('absent'),
      excused: marksWith('excused'),
      headcountTotal: sql<number>`(select coalesce(sum(${sessionHeadcounts.count}), 0)::int from ${sessionHeadcounts} where ${sessionHeadcounts.sessionId} = ${sessions.id})`,
      conflicts: sql<number>`(select count(*)::int from (select 1 from ${attendanceOperations} where ${attendanceOperations.sessionId} = ${sessions.id} group by ${attendanceOperations.kind}, ${attendanceOperations.participantId}, ${attendanceOperations.groupId} having ${conflictHaving}) as conflicting)`,
    })
    .from(sessions)
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(where)
    .orderBy(desc(sessions.startsAt), desc(sessions.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(sessions).where(where);
  return { items, total: total?.n ?? 0 };
}

export async function groupNamesOfSessions(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select({ sessionId: sessionGroups.sessionId, id: groups.id, name: groups.name })
    .from(sessionGroups)
    .innerJoin(groups, eq(groups.id, sessionGroups.groupId))
    .where(inArray(sessionGroups.sessionId, sessionIds));
}

export type ConflictKey = {
  sessionId: string;
  kind: 'mark' | 'headcount';
  participantId: string | null;
  groupId: string | null;
};

/** The marks edited to different values from different devices, most recent first. */
export async function conflictKeys(
  tx: Executor,
  filter: { orgId: string; sessionId?: string | undefined },
  page: { limit: number; offset: number },
) {
  const conditions: SQL[] = [eq(attendanceOperations.orgId, filter.orgId)];
  if (filter.sessionId) conditions.push(eq(attendanceOperations.sessionId, filter.sessionId));
  const grouped = tx
    .select({
      sessionId: attendanceOperations.sessionId,
      kind: attendanceOperations.kind,
      participantId: attendanceOperations.participantId,
      groupId: attendanceOperations.groupId,
      lastReceivedAt: sql<Date>`max(${attendanceOperations.receivedAt})`.as('last_received_at'),
    })
    .from(attendanceOperations)
    .where(and(...conditions))
    .groupBy(
      attendanceOperations.sessionId,
      attendanceOperations.kind,
      attendanceOperations.participantId,
      attendanceOperations.groupId,
    )
    .having(conflictHaving)
    .as('conflicting');
  const keys = await tx
    .select({
      sessionId: grouped.sessionId,
      kind: grouped.kind,
      participantId: grouped.participantId,
      groupId: grouped.groupId,
    })
    .from(grouped)
    .orderBy(desc(grouped.lastReceivedAt), grouped.sessionId)
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(grouped);
  return { keys: keys as ConflictKey[], total: total?.n ?? 0 };
}

/** Every operation on the sessions of the conflicts, with who sent it. */
export async function operationsOfSessions(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select({ operation: attendanceOperations, userName: users.displayName })
    .from(attendanceOperations)
    .leftJoin(users, eq(users.id, attendanceOperations.userId))
    .where(inArray(attendanceOperations.sessionId, sessionIds))
    .orderBy(desc(attendanceOperations.recordedAt));
}

export async function sessionHeads(tx: Executor, sessionIds: string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select({
      id: sessions.id,
      title: sessions.title,
      kind: sessions.kind,
      startsAt: sessions.startsAt,
      timeZone: sessions.timeZone,
    })
    .from(sessions)
    .where(inArray(sessions.id, sessionIds));
}

export async function participantNames(tx: Executor, participantIds: string[]) {
  if (participantIds.length === 0) return [];
  return tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
    })
    .from(participants)
    .where(inArray(participants.id, participantIds));
}

export async function groupNames(tx: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return [];
  return tx
    .select({ id: groups.id, name: groups.name })
    .from(groups)
    .where(inArray(groups.id, groupIds));
}
