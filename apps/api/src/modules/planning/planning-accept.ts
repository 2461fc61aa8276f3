// Accepting a plan: every changed session gets its planned date and artist in one transaction, after
// checking that nothing was edited since the run and that the sessions module's rules still hold.
import type { PlanningAcceptResult, PlanningResult } from '@tutti/contracts';
import { toLocalDateTime } from '@tutti/kit/dates';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import {
  type BlockedSession,
  type CurrentSession,
  type PlacementDraft,
  placeSessions,
} from '../sessions';
import { type AssignmentRecord, findAssignments, findRun, updateRun } from './planning.repository';

type Stale = { sessionId: string; title: string | null; what: 'deleted' | 'edited' };
type Move = { assignment: AssignmentRecord; session: CurrentSession };

const isChange = (a: AssignmentRecord) =>
  a.artistId !== null &&
  a.startsAt !== null &&
  !(
    a.currentArtistIds.length === 1 &&
    a.currentArtistIds[0] === a.artistId &&
    a.currentStartsAt.getTime() === a.startsAt.getTime()
  );

/** Sessions of the run's changes that were deleted or edited since the run read them. */
function staleSessions(
  result: PlanningResult,
  moves: AssignmentRecord[],
  current: Map<string, CurrentSession>,
) {
  const stale: Stale[] = [];
  const found: Move[] = [];
  const titles = new Map(result.changes.map((c) => [c.sessionId, c.title]));
  const known = new Set(moves.map((a) => a.sessionId));
  for (const change of result.changes) {
    if (!known.has(change.sessionId))
      stale.push({ sessionId: change.sessionId, title: change.title, what: 'deleted' });
  }
  for (const assignment of moves) {
    const session = current.get(assignment.sessionId);
    const title = titles.get(assignment.sessionId) ?? null;
    if (!session) stale.push({ sessionId: assignment.sessionId, title, what: 'deleted' });
    else if (session.updatedAt.getTime() !== assignment.sessionVersion.getTime()) {
      stale.push({ sessionId: assignment.sessionId, title, what: 'edited' });
    } else found.push({ assignment, session });
  }
  return { stale, found };
}

function staleError(stale: Stale[]) {
  return new AppError(
    'PLANNING.STALE',
    `Sessions changed since the run: ${stale.map((s) => `${s.sessionId} (${s.what})`).join(', ')}; plan again`,
    {
      fields: stale.map((s) => ({
        path: `sessions.${s.sessionId}`,
        message: `The session was ${s.what} since the run`,
      })),
      details: { changed: stale },
    },
  );
}

function conflictError(blocked: BlockedSession[]) {
  const sessions = blocked.map((b) => ({
    sessionId: b.current!.id,
    title: b.current!.title,
    conflicts: b.blocking,
  }));
  return new AppError(
    'PLANNING.CONFLICT',
    `The plan conflicts with the calendar: ${sessions.flatMap((b) => b.conflicts.map((c) => c.message)).join('; ')}`,
    {
      fields: sessions.flatMap((b) =>
        b.conflicts.map((c) => ({ path: `sessions.${b.sessionId}`, message: c.message })),
      ),
      details: { conflicts: sessions },
    },
  );
}

/** A moved session as a draft: its planned artist at its planned time, the rest as it is. */
function draftOf({ assignment, session }: Move): PlacementDraft {
  return {
    id: session.id,
    projectId: session.projectId,
    kind: session.kind,
    venueId: session.venueId,
    startsAtLocal: toLocalDateTime(assignment.startsAt!, session.timeZone),
    timeZone: session.venueId ? undefined : session.timeZone,
    durationMin: (assignment.endsAt!.getTime() - assignment.startsAt!.getTime()) / 60_000,
    artistIds: [assignment.artistId!],
    groupIds: session.groupIds,
    capacity: session.capacity,
    title: session.title,
  };
}

export async function acceptRun({
  actor,
  runId,
  now = new Date(),
}: {
  actor: OrgActor;
  runId: string;
  now?: Date;
}): Promise<PlanningAcceptResult> {
  requirePermission(actor, 'planning.plan');
  return actor.inTenant(async (tx) => {
    const row = await findRun(tx, runId);
    if (!row) throw new AppError('PLANNING.NOT_FOUND', 'Planning run not found');
    if (row.run.acceptedAt)
      throw new AppError('PLANNING.ALREADY_ACCEPTED', 'The plan was accepted already');
    if (row.run.status !== 'done' || !row.run.result) {
      throw new AppError('PLANNING.NOT_READY', `The run is ${row.run.status}`);
    }
    const result = row.run.result as PlanningResult;
    const moves = (await findAssignments(tx, runId)).filter(isChange);
    // The sessions are locked before the stale check: nobody edits them between check and write.
    const placed = await placeSessions({
      tx,
      actor,
      mode: 'accept',
      now,
      sessionIds: moves.map((a) => a.sessionId),
      drafts: (current) => {
        const { stale, found } = staleSessions(result, moves, current);
        if (stale.length > 0) throw staleError(stale);
        return found.map(draftOf);
      },
      refuse: conflictError,
    });
    await updateRun(tx, runId, { acceptedAt: now, acceptedBy: actor.userId });
    const sessionIds = placed.map((p) => p.candidate.id);
    return { runId, applied: sessionIds.length, sessionIds };
  });
}
