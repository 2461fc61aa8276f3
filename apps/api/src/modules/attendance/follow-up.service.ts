// Following attendance: sessions of a period with their counts, and conflicting edits to review.
import type {
  AttendanceConflict,
  AttendanceSessionSummary,
  AttendanceSessionsQuery,
  ConflictListQuery,
} from '@tutti/contracts';
import { addDays, today as todayIn } from '@tutti/kit/dates';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { organisationTimeZone } from '../organisations';
import { presentConflicts, presentSessionSummaries } from './follow-up.presenter';
import * as followUp from './follow-up.repository';

/** By default the last 30 days and the next 7, most recent first. */
export async function listAttendanceSessions({
  actor,
  query,
}: {
  actor: OrgActor;
  query: AttendanceSessionsQuery;
}): Promise<{ items: AttendanceSessionSummary[]; total: number }> {
  requirePermission(actor, 'attendance.follow');
  return actor.inTenant(async (tx) => {
    const timeZone = await organisationTimeZone(tx, actor.orgId);
    const today = todayIn(timeZone);
    const range = {
      orgId: actor.orgId,
      timeZone,
      from: query.from ?? addDays(today, -30),
      toExclusive: addDays(query.to ?? addDays(today, 7), 1),
    };
    const { items, total } = await followUp.sessionSummaries(tx, range, query);
    const groups = await followUp.groupNamesOfSessions(
      tx,
      items.map((item) => item.session.id),
    );
    return { items: presentSessionSummaries(items, groups), total };
  });
}

/**
 * Marks set to different values from different devices. The rule already chose the current
 * value (latest device time, then device id, then op id); the coordinator sees every edit.
 */
export async function listConflicts({
  actor,
  query,
}: {
  actor: OrgActor;
  query: ConflictListQuery;
}): Promise<{ items: AttendanceConflict[]; total: number }> {
  requirePermission(actor, 'attendance.manage');
  return actor.inTenant(async (tx) => {
    const { keys, total } = await followUp.conflictKeys(
      tx,
      { orgId: actor.orgId, sessionId: query.sessionId },
      query,
    );
    const sessionIds = [...new Set(keys.map((key) => key.sessionId))];
    const byId = <T extends { id: string }>(rows: T[]) => new Map(rows.map((row) => [row.id, row]));
    const items = presentConflicts({
      keys,
      operations: await followUp.operationsOfSessions(tx, sessionIds),
      sessions: byId(await followUp.sessionHeads(tx, sessionIds)),
      participants: byId(
        await followUp.participantNames(
          tx,
          keys.flatMap((k) => (k.participantId ? [k.participantId] : [])),
        ),
      ),
      groups: byId(
        await followUp.groupNames(
          tx,
          keys.flatMap((k) => (k.groupId ? [k.groupId] : [])),
        ),
      ),
    });
    return { items, total };
  });
}
