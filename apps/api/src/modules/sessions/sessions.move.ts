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
import { type BusySession, decideOverride } from './conflicts';
import { conflictError, conflictsOf, placeSession } from './sessions.placement';
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

async function planMove(
  tx: Executor,
  orgId: string,
  sessionId: string,
  request: MoveRequest,
  options: { lock?: boolean } = {},
) {
  const current = await repository.findSession(tx, sessionId);
  if (!current) throw new AppError('SESSION.NOT_FOUND', 'Session not found');
  if (!MOVABLE.has(current.status)) {
    throw new AppError('SESSION.NOT_EDITABLE', `A ${current.status} session does not move`);
  }
  const target = localDateTimeToUtc(request.startsAtLocal, current.timeZone);
  if (!target) throw invalidTime(`${request.startsAtLocal} does not exist in ${current.timeZone}`);
  const from = toLocalMoment(current.startsAt, current.timeZone);
  const shift = {
    days: daysBetween(from.date, request.startsAtLocal.slice(0, 10)),
    minutes:
      Number(request.startsAtLocal.slice(11, 13)) * 60 +
      Number(request.startsAtLocal.slice(14, 16)) -
      Math.floor(from.secondOfDay / 60),
  };
  const journey = current.journeyId
    ? await repository.findJourneySessions(tx, current.journeyId)
    : [current];
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
  const moving = plans.filter((p) => p.moved);
  const movingIds = moving.map((p) => p.session.id);
  if (options.lock) {
    await repository.lockHolders(
      tx,
      moving.flatMap((p) => [p.session.venueId, ...p.session.artistIds, ...p.session.groupIds]),
    );
  }
  const result: PlannedMove[] = [];
  for (const plan of plans) {
    if (!plan.moved) {
      result.push({ ...plan, conflicts: [] });
      continue;
    }
    const s = plan.session;
    const placement = await placeSession(
      tx,
      orgId,
      {
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
      },
      { excludeIds: movingIds },
    );
    // The other moved sessions hold their people and places at their new times.
    const siblings: BusySession[] = moving
      .filter((other) => other.session.id !== s.id)
      .map((other) => ({
        ...other.session,
        projectName: '',
        startsAt: other.startsAt,
        endsAt: other.endsAt,
      }));
    placement.facts.busy.push(...siblings);
    result.push({ ...plan, conflicts: conflictsOf(placement) });
  }
  return { shift, result, journey };
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
    const { shift, result } = await planMove(tx, actor.orgId, sessionId, input);
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
    const { result } = await planMove(tx, actor.orgId, sessionId, input, { lock: true });
    const now = new Date();
    const moved = result.filter((plan) => plan.moved);
    const decisions = moved.map((plan) => ({
      plan,
      decision: decideOverride({
        conflicts: plan.conflicts,
        stored: plan.session.conflictOverride,
        requested: input.override,
        actorId: actor.userId,
        now,
      }),
    }));
    const blocking = decisions.flatMap(({ plan, decision }) =>
      decision.ok
        ? []
        : decision.blocking.map((c) => ({
            ...c,
            path:
              plan.session.id === sessionId ? 'body.startsAtLocal' : `sessions.${plan.session.id}`,
            message: `Session on ${toLocalDateTime(plan.startsAt, plan.session.timeZone)}: ${c.message}`,
          })),
    );
    if (blocking.length > 0) throw conflictError(blocking);
    for (const { plan, decision } of decisions) {
      await repository.updateSession(tx, plan.session.id, {
        startsAt: plan.startsAt,
        endsAt: plan.endsAt,
        conflictOverride: decision.ok ? decision.override : null,
      });
    }
    const items = [];
    for (const plan of moved) {
      items.push(presentSession((await repository.findSessionView(tx, plan.session.id))!));
    }
    return { items };
  });
}
