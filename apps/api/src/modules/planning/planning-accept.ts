// Accepting a plan: every changed session gets its planned date and artist in one transaction, after
// checking that nothing was edited since the run and that the sessions module's rules still hold.
import type { Conflict, PlanningAcceptResult, PlanningResult } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { toLocalDateTime } from '@tutti/kit/dates';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import {
  type BusySession,
  conflictsOf,
  decideOverride,
  findSession,
  placeSession,
  type SessionWithLinks,
  updateSession,
} from '../sessions';
import { type AssignmentRecord, findAssignments, findRun, updateRun } from './planning.repository';

type Stale = { sessionId: string; title: string | null; what: 'deleted' | 'edited' };
type Move = { assignment: AssignmentRecord; session: SessionWithLinks };

const isChange = (a: AssignmentRecord) =>
  a.artistId !== null &&
  a.startsAt !== null &&
  !(
    a.currentArtistIds.length === 1 &&
    a.currentArtistIds[0] === a.artistId &&
    a.currentStartsAt.getTime() === a.startsAt.getTime()
  );

/** Sessions of the run's changes that were deleted or edited since the run read them. */
async function staleSessions(tx: Executor, result: PlanningResult, moves: AssignmentRecord[]) {
  const stale: Stale[] = [];
  const found: Move[] = [];
  const titles = new Map(result.changes.map((c) => [c.sessionId, c.title]));
  const known = new Set(moves.map((a) => a.sessionId));
  for (const change of result.changes) {
    if (!known.has(change.sessionId))
      stale.push({ sessionId: change.sessionId, title: change.title, what: 'deleted' });
  }
  for (const assignment of moves) {
    const session = await findSession(tx, assignment.sessionId);
    const title = titles.get(assignment.sessionId) ?? null;
    if (!session) stale.push({ sessionId: assignment.sessionId, title, what: 'deleted' });
    else if (session.updatedAt.getTime() !== assignment.sessionVersion.getTime()) {
      stale.push({ sessionId: assignment.sessionId, title, what: 'edited' });
    } else found.push({ assignment, session });
  }
  return { stale, found };
}

/** Conflicts of each moved session at its new time, the other moved sessions at theirs. */
async function conflictsAfter(tx: Executor, orgId: string, moves: Move[]) {
  const movingIds = moves.map((m) => m.session.id);
  const planned = (m: Move) => ({
    startsAt: m.assignment.startsAt!,
    endsAt: m.assignment.endsAt!,
    artistIds: [m.assignment.artistId!],
  });
  const checked: { move: Move; conflicts: Conflict[] }[] = [];
  for (const move of moves) {
    const { session } = move;
    const placement = await placeSession(
      tx,
      orgId,
      {
        id: session.id,
        projectId: session.projectId,
        kind: session.kind,
        venueId: session.venueId,
        startsAtLocal: toLocalDateTime(move.assignment.startsAt!, session.timeZone),
        timeZone: session.venueId ? undefined : session.timeZone,
        durationMin:
          (move.assignment.endsAt!.getTime() - move.assignment.startsAt!.getTime()) / 60_000,
        artistIds: [move.assignment.artistId!],
        groupIds: session.groupIds,
        capacity: session.capacity,
      },
      { excludeIds: movingIds },
    );
    const siblings: BusySession[] = moves
      .filter((other) => other.session.id !== session.id)
      .map((other) => ({ ...other.session, projectName: '', ...planned(other) }));
    placement.facts.busy.push(...siblings);
    checked.push({ move, conflicts: conflictsOf(placement) });
  }
  return checked;
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
    const { stale, found } = await staleSessions(tx, result, moves);
    if (stale.length > 0) {
      throw new AppError(
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
    const checked = await conflictsAfter(tx, actor.orgId, found);
    const decisions = checked.map(({ move, conflicts }) => ({
      move,
      conflicts,
      decision: decideOverride({
        conflicts,
        stored: move.session.conflictOverride,
        requested: undefined,
        actorId: actor.userId,
        now,
      }),
    }));
    const blocking = decisions.flatMap(({ move, decision }) =>
      decision.ok
        ? []
        : [{ sessionId: move.session.id, title: move.session.title, conflicts: decision.blocking }],
    );
    if (blocking.length > 0) {
      throw new AppError(
        'PLANNING.CONFLICT',
        `The plan conflicts with the calendar: ${blocking.flatMap((b) => b.conflicts.map((c) => c.message)).join('; ')}`,
        {
          fields: blocking.flatMap((b) =>
            b.conflicts.map((c) => ({ path: `sessions.${b.sessionId}`, message: c.message })),
          ),
          details: { conflicts: blocking },
        },
      );
    }
    for (const { move, decision } of decisions) {
      await updateSession(
        tx,
        move.session.id,
        {
          startsAt: move.assignment.startsAt!,
          endsAt: move.assignment.endsAt!,
          conflictOverride: decision.ok ? decision.override : null,
        },
        { artistIds: [move.assignment.artistId!] },
      );
    }
    await updateRun(tx, runId, { acceptedAt: now, acceptedBy: actor.userId });
    return { runId, applied: found.length, sessionIds: found.map((m) => m.session.id) };
  });
}
