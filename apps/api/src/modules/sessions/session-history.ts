// The history of sessions: what each write changed, recorded in its transaction, and read back.
import type { SessionChange, SessionChangeAction, SessionChangeSet } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { insertSessionChanges, listSessionChanges } from './session-changes.repository';
import { existingSessionIds } from './sessions.repository';

/** The parts of a session its history follows. */
export type SessionSnapshot = {
  kind: string;
  startsAt: Date;
  endsAt: Date;
  timeZone: string;
  venueId: string | null;
  capacity: number | null;
  status: string;
  artistIds: string[];
  groupIds: string[];
  title: string | null;
  notes: string | null;
  onlineUrl: string | null;
  cancelReason: string | null;
  /** Absent where a write does not know it; recorded only when it changes. */
  isPublic?: boolean;
};

const SCALARS = ['kind', 'timeZone', 'venueId', 'capacity', 'status'] as const;
const TIMES = ['startsAt', 'endsAt'] as const;
const LINKS = ['artistIds', 'groupIds'] as const;
const TEXTS = ['title', 'notes', 'onlineUrl', 'cancelReason'] as const;

export const sameIds = (a: string[], b: string[]) =>
  a.length === b.length && [...a].sort().every((id, i) => id === [...b].sort()[i]);

/** The fields that differ between before (null for a new session) and after. */
export function describeChange(
  before: SessionSnapshot | null,
  after: SessionSnapshot,
): SessionChangeSet {
  const changes: Record<string, unknown> = {};
  for (const field of SCALARS) {
    const from = before ? before[field] : null;
    if (from !== after[field]) changes[field] = { from, to: after[field] };
  }
  for (const field of TIMES) {
    const from = before ? before[field].toISOString() : null;
    const to = after[field].toISOString();
    if (from !== to) changes[field] = { from, to };
  }
  for (const field of LINKS) {
    const from = before ? before[field] : [];
    if (!sameIds(from, after[field])) changes[field] = { from, to: after[field] };
  }
  if (before?.isPublic !== undefined && after.isPublic !== undefined) {
    if (before.isPublic !== after.isPublic) {
      changes.isPublic = { from: before.isPublic, to: after.isPublic };
    }
  }
  const texts = TEXTS.filter((field) => (before ? before[field] : null) !== after[field]);
  if (texts.length > 0) changes.texts = texts;
  return changes as SessionChangeSet;
}

/** One history entry per written session, in the transaction of the write. */
export async function recordChanges(
  tx: Executor,
  actor: { orgId: string; userId: string },
  action: SessionChangeAction,
  writes: {
    before: SessionSnapshot | null;
    after: SessionSnapshot & { id: string };
    overrideReason?: string | null;
  }[],
) {
  await insertSessionChanges(
    tx,
    writes.map(({ before, after, overrideReason }) => ({
      orgId: actor.orgId,
      sessionId: after.id,
      actorUserId: actor.userId,
      action,
      changes: describeChange(before, after),
      overrideReason: overrideReason ?? null,
    })),
  );
}

/** A session's history, oldest first, for planners; a deleted session keeps its history. */
export async function getSessionChanges({
  actor,
  sessionId,
}: {
  actor: OrgActor;
  sessionId: string;
}): Promise<{ items: SessionChange[] }> {
  requirePermission(actor, 'sessions.plan');
  return actor.inTenant(async (tx) => {
    const rows = await listSessionChanges(tx, sessionId);
    if (rows.length === 0 && (await existingSessionIds(tx, [sessionId])).size === 0) {
      throw new AppError('SESSION.NOT_FOUND', 'Session not found');
    }
    return {
      items: rows.map((row) => ({
        id: row.id,
        action: row.action,
        at: row.at.toISOString(),
        actorUserId: row.actorUserId,
        changes: row.changes,
        overrideReason: row.overrideReason,
      })),
    };
  });
}
