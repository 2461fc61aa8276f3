// Moving a session: previewing the effect on the rest of its journey, then applying it.
import type {
  Conflict,
  MovePreview,
  SessionMoveBodySchema,
  SessionMovePreviewBodySchema,
} from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import {
  addDays,
  daysBetween,
  localDateTimeToUtc,
  toLocalDateTime,
  toLocalMoment,
  zonedToUtc,
} from '@tutti/kit/dates';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { type PlacementDraft, placeSessions } from './sessions.place';
import { conflictError, placeBatch } from './sessions.placement';
import { presentSession, presentTimes } from './sessions.presenter';
import type { SessionWithLinks } from './sessions.repository';
import * as repository from './sessions.repository';

type MoveRequest = { startsAtLocal: string; scope: 'this' | 'following' };

type PlannedMove = {
  session: SessionWithLinks;
  moved: boolean;
  startsAt: Date;
  endsAt: Date;
  conflicts: Conflict[];
};

const MOVABLE = new Set(['planned', 'confirmed']);

function invalidTime(message: string) {
  return new AppError('SESSION.INVALID', message, {
    fields: [{ path: 'body.startsAtLocal', message }],
  });
}

/** The same wall-clock shift (days, minutes) on the session's own clocks: DST keeps local times. */
function shifted(session: SessionWithLinks, shift: { days: number; minutes: number }) {
  const local = toLocalMoment(session.startsAt, session.timeZone);
  const minute = Math.floor(local.secondOfDay / 60) + shift.minutes;
  const startsAt = zonedToUtc(addDays(local.date, shift.days), minute, session.timeZone);
  if (!startsAt) {
    throw invalidTime(
      `Session ${session.journeyPosition ?? ''} would fall in the hour the clocks skip`,
    );
  }
  const durationMs = session.endsAt.getTime() - session.startsAt.getTime();
  return { startsAt, endsAt: new Date(startsAt.getTime() + durationMs) };
}

function shiftOf(current: SessionWithLinks, request: MoveRequest) {
  if (!MOVABLE.has(current.status)) {
    throw new AppError('SESSION.NOT_EDITABLE', `A ${current.status} session does not move`);
  }
  const target = localDateTimeToUtc(request.startsAtLocal, current.timeZone);
  if (!target) throw invalidTime(`${request.startsAtLocal} does not exist in ${current.timeZone}`);
  const from = toLocalMoment(current.startsAt, current.timeZone);
  return {
    days: daysBetween(from.date, request.startsAtLocal.slice(0, 10)),
    minutes:
      Number(request.startsAtLocal.slice(11, 13)) * 60 +
      Number(request.startsAtLocal.slice(14, 16)) -
      Math.floor(from.secondOfDay / 60),
  };
}

/** The session and the later sessions of its journey, each at its place after the move. */
function planMoves(current: SessionWithLinks, journey: SessionWithLinks[], request: MoveRequest) {
  const shift = shiftOf(current, request);
  const position = current.journeyPosition ?? 0;
  const movesToo = (s: SessionWithLinks) =>
    s.id === current.id ||
    (request.scope === 'following' &&
      !!current.journeyId &&
      (s.journeyPosition ?? -1) > position &&
      MOVABLE.has(s.status));
  const shown = journey.filter((s) => s.id === current.id || (s.journeyPosition ?? -1) > position);
  const plans = shown.map((session) => ({
    session,
    moved: movesToo(session),
    ...(movesToo(session)
      ? shifted(session, shift)
      : { startsAt: session.startsAt, endsAt: session.endsAt }),
  }));
  return { shift, plans };
}

/** A moved session as a draft: the same people and place at the new time. */
function draftOf(plan: Omit<PlannedMove, 'conflicts'>): PlacementDraft {
  const s = plan.session;
  return {
    id: s.id,
    projectId: s.projectId,
    kind: s.kind,
    venueId: s.venueId,
    startsAtLocal: toLocalDateTime(plan.startsAt, s.timeZone),
    timeZone: s.venueId ? undefined : s.timeZone,
    durationMin: (plan.endsAt.getTime() - plan.startsAt.getTime()) / 60_000,
    artistIds: s.artistIds,
    groupIds: s.groupIds,
    capacity: s.capacity,
    title: s.title,
  };
}

async function readMove(tx: Executor, sessionId: string) {
  const current = await repository.findSession(tx, sessionId);
  if (!current) throw new AppError('SESSION.NOT_FOUND', 'Session not found');
  const journey = current.journeyId
    ? await repository.findJourneySessions(tx, current.journeyId)
    : [current];
  return { current, journey };
}

function spacingAfter(plans: PlannedMove[], index: number) {
  const next = plans.slice(index + 1).find((p) => p.session.status !== 'cancelled');
  const plan = plans[index]!;
  if (!next) return null;
  const dateOf = (at: Date, tz: string) => toLocalMoment(at, tz).date;
  return {
    daysToNext: daysBetween(
      dateOf(plan.startsAt, plan.session.timeZone),
      dateOf(next.startsAt, next.session.timeZone),
    ),
    daysToNextBefore: daysBetween(
      dateOf(plan.session.startsAt, plan.session.timeZone),
      dateOf(next.session.startsAt, next.session.timeZone),
    ),
  };
}

export async function previewMove({
  actor,
  sessionId,
  input,
}: {
  actor: OrgActor;
  sessionId: string;
  input: z.output<typeof SessionMovePreviewBodySchema>;
}): Promise<MovePreview> {
  requirePermission(actor, 'sessions.plan');
  return actor.inTenant(async (tx) => {
    const { current, journey } = await readMove(tx, sessionId);
    const { shift, plans } = planMoves(current, journey, input);
    const moving = plans.filter((plan) => plan.moved);
    const checked = await placeBatch(tx, actor.orgId, moving.map(draftOf));
    const result: PlannedMove[] = plans.map((plan) => ({
      ...plan,
      conflicts: plan.moved ? checked[moving.indexOf(plan)]!.conflicts : [],
    }));
    return {
      scope: input.scope,
      shift,
      sessions: result.map((plan, index) => ({
        sessionId: plan.session.id,
        position: plan.session.journeyPosition,
        title: plan.session.title,
        kind: plan.session.kind,
        status: plan.session.status,
        moved: plan.moved,
        from: presentTimes(plan.session.startsAt, plan.session.endsAt, plan.session.timeZone),
        to: presentTimes(plan.startsAt, plan.endsAt, plan.session.timeZone),
        conflicts: plan.conflicts,
        spacing: spacingAfter(result, index),
      })),
      conflictCount: result.reduce((sum, plan) => sum + plan.conflicts.length, 0),
    };
  });
}

/** Applies a move in one transaction: every moved session, or none when a conflict is refused. */
export async function applyMove({
  actor,
  sessionId,
  input,
}: {
  actor: OrgActor;
  sessionId: string;
  input: z.output<typeof SessionMoveBodySchema>;
}) {
  requirePermission(actor, 'sessions.plan');
  return actor.inTenant(async (tx) => {
    // Which sessions move is read first, then they are locked and the move planned again on
    // them as they stand: a journey's sessions can only leave it, never join it.
    const read = await readMove(tx, sessionId);
    const movingIds = planMoves(read.current, read.journey, input)
      .plans.filter((plan) => plan.moved)
      .map((plan) => plan.session.id);
    const placed = await placeSessions({
      tx,
      actor,
      mode: 'move',
      sessionIds: movingIds,
      override: input.override,
      drafts: (locked) => {
        const current = locked.get(sessionId);
        if (!current) throw new AppError('SESSION.NOT_FOUND', 'Session not found');
        const journey = read.journey.map((s) => locked.get(s.id) ?? s);
        return planMoves(current, journey, input)
          .plans.filter((plan) => plan.moved && locked.has(plan.session.id))
          .map(draftOf);
      },
      refuse: (blocked) =>
        conflictError(
          blocked.flatMap(({ candidate, blocking }) =>
            blocking.map((c) => ({
              ...c,
              path: candidate.id === sessionId ? 'body.startsAtLocal' : `sessions.${candidate.id}`,
              message: `Session on ${toLocalDateTime(candidate.startsAt, candidate.timeZone)}: ${c.message}`,
            })),
          ),
        ),
    });
    const items = [];
    for (const { candidate } of placed) {
      items.push(presentSession((await repository.findSessionView(tx, candidate.id))!));
    }
    return { items };
  });
}
