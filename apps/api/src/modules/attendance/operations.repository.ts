// The only place with queries for attendance writes: what operations refer to, and applying them.
import type { OperationOutcome } from '@tutti/contracts';
import { type Executor, rowsOf } from '@tutti/db';
import { sql } from 'drizzle-orm';

export type SessionFacts = {
  status: string;
  /** Group id → whether it lists its members one by one. */
  groups: Map<string, boolean>;
};

/** What a batch's checks need, read in one round trip. */
export type OperationFacts = {
  sessions: Map<string, SessionFacts>;
  /** Of the batch's sessions, those where the user is one of the artists. */
  ledSessions: Set<string>;
  /** Participant id → group id, for participants not anonymised. */
  participantGroups: Map<string, string>;
};

type FactsRow = {
  facts: {
    sessions: { id: string; status: string; groups: [string, boolean][] }[];
    led: string[];
    participants: [string, string][];
  };
};

/** Ids as one text parameter: validated UUIDs, turned into an array by the server. */
const uuids = (ids: string[]) => sql`string_to_array(${ids.join(',')}, ',')::uuid[]`;

/**
 * One call of the database function `tutti_attendance_facts` (its plans are kept). Its op ids
 * are no longer needed (the operation log knows what was received) and are passed empty.
 */
export async function operationFacts(
  tx: Executor,
  ref: { userId: string; sessionIds: string[]; participantIds: string[] },
): Promise<OperationFacts> {
  const [row] = await rowsOf<FactsRow>(
    tx,
    sql`select tutti_attendance_facts(${uuids(ref.sessionIds)}, ${uuids(ref.participantIds)},
        ${uuids([])}, ${ref.userId}) as facts`,
  );
  const facts = row!.facts;
  return {
    sessions: new Map(
      facts.sessions.map((s) => [s.id, { status: s.status, groups: new Map(s.groups) }]),
    ),
    ledSessions: new Set(facts.led),
    participantGroups: new Map(facts.participants),
  };
}

/** An operation that passed the checks, as the log and the current values store it. */
export type Edit = {
  op_id: string;
  org_id: string;
  device_id: string;
  user_id: string;
  session_id: string;
  kind: 'mark' | 'headcount';
  participant_id: string | null;
  group_id: string | null;
  status: string | null;
  count: number | null;
  recorded_at: string;
};

type AppliedOutcome = Exclude<OperationOutcome, 'refused'>;

/**
 * Logs and applies `edits` in the order given, in one round trip (the database function
 * `tutti_apply_attendance_edits`, which settles each mark or head count by `winsOver`); the
 * outcomes come back in the same order. The same op id twice: the second is a duplicate.
 */
export async function applyEdits(tx: Executor, edits: Edit[]): Promise<AppliedOutcome[]> {
  if (edits.length === 0) return [];
  const rows = await rowsOf<{ outcome: AppliedOutcome }>(
    tx,
    sql`select r.outcome from tutti_apply_attendance_edits(${JSON.stringify(edits)}::jsonb)
        with ordinality as r(op_id, outcome, n) order by r.n`,
  );
  return rows.map((row) => row.outcome);
}
