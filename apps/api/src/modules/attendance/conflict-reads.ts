// What other modules may read of attendance conflicts inside their own transaction: how many there
// are on recent sessions (the home page), by the one rule of `follow-up.repository.ts`.
import { type Executor, rowsOf, schema } from '@tutti/db';
import { sql } from 'drizzle-orm';
import { conflictHaving } from './follow-up.repository';

const { sessions, attendanceOperations } = schema;

/**
 * Marks and head counts recorded with different values on different devices, on the sessions
 * that started between `since` and `until` (through the sessions' index, not every operation).
 */
export async function countAttendanceConflicts(
  tx: Executor,
  options: { orgId: string; since: Date; until: Date },
) {
  const [row] = await rowsOf<{ n: number }>(
    tx,
    sql`select count(*)::int as n from (
        select 1 from ${attendanceOperations}
        where ${attendanceOperations.sessionId} in (
          select ${sessions.id} from ${sessions}
          where ${sessions.orgId} = ${options.orgId}
            and ${sessions.startsAt} >= ${options.since} and ${sessions.startsAt} < ${options.until})
        group by ${attendanceOperations.sessionId}, ${attendanceOperations.kind},
          ${attendanceOperations.participantId}, ${attendanceOperations.groupId}
        having ${conflictHaving}) as conflicting`,
  );
  return row?.n ?? 0;
}
