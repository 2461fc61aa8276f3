// Writing calls: texts, form, recordings and criteria (frozen once the call opens), publication
// and phases, jurors and the assignment of applications to them.
import type { CallBody, CallPhase, CallUpdateBody, Role } from '@tutti/contracts';
import { can } from '@tutti/contracts';
import { newPublicCode, type Tx } from '@tutti/db';
import { toLocalDateTime as toLocal } from '@tutti/kit/dates';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import * as applications from './applications.repository';
import { formFrozen, instantOf, isOpen, presentCall } from './calls.presenter';
import * as calls from './calls.repository';
import * as jury from './jury.repository';
import { assignJurors } from './scoring';

export const callNotFound = () => notFound('CALL.NOT_FOUND', 'Call');

export async function requireCall(tx: Tx, orgId: string, callId: string, lock = false) {
  const row = await calls.findCall(tx, orgId, callId, lock);
  if (!row) throw callNotFound();
  return row;
}

function datesOf(input: Pick<CallBody, 'opensAt' | 'closesAt' | 'timeZone'>) {
  const opensAt = instantOf(input.opensAt, input.timeZone, 'body.opensAt');
  const closesAt = instantOf(input.closesAt, input.timeZone, 'body.closesAt');
  if (closesAt <= opensAt) {
    throw new AppError('CALL.INVALID_DATES', 'The call closes after it opens', {
      fields: [{ path: 'body.closesAt', message: 'After the opening' }],
    });
  }
  return { opensAt, closesAt };
}

/** While a call's scores are open, its jurors read none of its names, scores or decisions. */
const judgingBlind = (call: calls.CallRow, jurorIds: string[], userId: string) =>
  !call.scoresLockedAt && jurorIds.includes(userId);

/**
 * The call for its chair: 403 CALL.JUROR_BLIND when the actor sits on its jury while its scores
 * are open (a coordinator may be a juror; other coordinators chair the call meanwhile).
 */
export async function requireChairedCall(tx: Tx, actor: OrgActor, callId: string, lock = false) {
  const call = await requireCall(tx, actor.orgId, callId, lock);
  if (judgingBlind(call, await calls.jurorIds(tx, callId), actor.userId)) {
    throw new AppError(
      'CALL.JUROR_BLIND',
      'You sit on this call’s jury: its applications, scores and decisions stay hidden from you until the scores are locked',
    );
  }
  return call;
}

async function presentFull(tx: Tx, row: calls.CallRow, actor: OrgActor) {
  const jurors = await calls.listJurors(tx, row.id);
  const counts = (await calls.applicationCounts(tx, [row.id])).get(row.id);
  return presentCall(row, {
    jurors,
    counts: counts ?? { drafts: 0, submitted: 0 },
    blindJuror: judgingBlind(
      row,
      jurors.map((j) => j.userId),
      actor.userId,
    ),
  });
}

export async function createCall({ actor, input }: { actor: OrgActor; input: CallBody }) {
  requirePermission(actor, 'calls.manage');
  const { opensAt, closesAt } = datesOf(input);
  return actor.inTenant(async (tx) => {
    const { opensAt: _o, closesAt: _c, ...rest } = input;
    const row = await calls.insertCall(tx, actor.orgId, {
      ...rest,
      opensAt,
      closesAt,
      publicCode: newPublicCode(),
    });
    return presentFull(tx, row, actor);
  });
}

export async function listCalls({ actor }: { actor: OrgActor }) {
  requirePermission(actor, 'calls.read');
  return actor.inTenant(async (tx) => {
    const rows = await calls.listCalls(tx, actor.orgId);
    const counts = await calls.applicationCounts(
      tx,
      rows.map((row) => row.id),
    );
    return {
      items: rows.map((row) => {
        const { jurors: _j, ...call } = presentCall(row, {
          jurors: [],
          counts: counts.get(row.id) ?? { drafts: 0, submitted: 0 },
          blindJuror: false,
        });
        return call;
      }),
    };
  });
}

export async function getCall({ actor, callId }: { actor: OrgActor; callId: string }) {
  requirePermission(actor, 'calls.read');
  return actor.inTenant(async (tx) =>
    presentFull(tx, await requireCall(tx, actor.orgId, callId), actor),
  );
}

/**
 * Once a published call has opened, applicants read its criteria and form: they stay as they
 * were (409 naming the field); texts, dates and retention may still change.
 */
export async function updateCall({
  actor,
  callId,
  input,
}: {
  actor: OrgActor;
  callId: string;
  input: CallUpdateBody;
}) {
  requirePermission(actor, 'calls.manage');
  return actor.inTenant(async (tx) => {
    const row = await requireCall(tx, actor.orgId, callId, true);
    if (formFrozen(row)) {
      for (const field of ['criteria', 'fields', 'recordings', 'parts'] as const) {
        if (
          input[field] !== undefined &&
          JSON.stringify(input[field]) !== JSON.stringify(row[field])
        ) {
          throw new AppError(
            'CALL.CRITERIA_FROZEN',
            'The call is open: its form and criteria stay as published',
            {
              fields: [{ path: `body.${field}`, message: 'Frozen since the opening' }],
            },
          );
        }
      }
    }
    const { opensAt: o, closesAt: c, ...rest } = input;
    const dates =
      o !== undefined || c !== undefined || input.timeZone !== undefined
        ? datesOf({
            timeZone: input.timeZone ?? row.timeZone,
            opensAt: o ?? toLocal(row.opensAt, input.timeZone ?? row.timeZone),
            closesAt: c ?? toLocal(row.closesAt, input.timeZone ?? row.timeZone),
          })
        : {};
    const updated = await calls.updateCall(tx, actor.orgId, callId, { ...rest, ...dates });
    return presentFull(tx, updated!, actor);
  });
}

const nextPhases: Record<CallPhase, CallPhase[]> = {
  draft: ['published'],
  published: ['preselection'],
  preselection: ['meeting'],
  meeting: ['decided'],
  decided: [],
};

/** Publishes, then moves the jury from pre-selection to the meeting, then to decisions. */
export async function setPhase({
  actor,
  callId,
  input,
}: {
  actor: OrgActor;
  callId: string;
  input: { phase: CallPhase; revisionUntil?: string | undefined; lockScores?: boolean | undefined };
}) {
  requirePermission(actor, input.phase === 'published' ? 'calls.manage' : 'calls.deliberate');
  return actor.inTenant(async (tx) => {
    const row = await requireCall(tx, actor.orgId, callId, true);
    const staying = input.phase === row.phase;
    if (!staying && !nextPhases[row.phase].includes(input.phase)) {
      throw new AppError('CALL.WRONG_PHASE', `A ${row.phase} call cannot go to ${input.phase}`, {
        fields: [
          { path: 'body.phase', message: `One of: ${nextPhases[row.phase].join(', ') || 'none'}` },
        ],
      });
    }
    const revisionUntil = input.revisionUntil
      ? instantOf(input.revisionUntil, row.timeZone, 'body.revisionUntil')
      : undefined;
    const updated = await calls.updateCall(tx, actor.orgId, callId, {
      phase: input.phase,
      ...(revisionUntil ? { revisionUntil } : {}),
      ...(input.lockScores || input.phase === 'decided'
        ? { scoresLockedAt: row.scoresLockedAt ?? new Date() }
        : {}),
    });
    return presentFull(tx, updated!, actor);
  });
}

/**
 * Jurors are members whose role may judge, never admins (they read the outbox, the one-time
 * links' audit and every person's data, where applicants' names are); anyone else: 400 naming them.
 */
export async function setJurors({
  actor,
  callId,
  userIds,
}: {
  actor: OrgActor;
  callId: string;
  userIds: string[];
}) {
  requirePermission(actor, 'calls.manage');
  return actor.inTenant(async (tx) => {
    const row = await requireCall(tx, actor.orgId, callId, true);
    const roles = await calls.memberRoles(tx, actor.orgId, userIds);
    userIds.forEach((userId, index) => {
      const role = roles.get(userId) as Role | undefined;
      if (!role || role === 'admin' || !can(role, 'calls.judge')) {
        throw new AppError('CALL.UNKNOWN_JUROR', 'Jurors are members whose role may judge', {
          fields: [
            {
              path: `body.userIds.${index}`,
              message:
                role === 'admin' ? 'Admins never sit on a jury' : 'Not a member who may judge',
            },
          ],
        });
      }
    });
    await calls.setJurors(tx, actor.orgId, callId, [...new Set(userIds)]);
    return presentFull(tx, row, actor);
  });
}

/**
 * Gives the submitted applications to the jurors: all of them, or `perApplication` each with
 * balanced loads. A juror who led sessions the applicant attended (Tutti's own attendance) is
 * never given that application: the pair is recorded as a recusal `detected`.
 */
export async function assignApplications({
  actor,
  callId,
  input,
}: {
  actor: OrgActor;
  callId: string;
  input: { mode: 'all' | 'perApplication'; perApplication?: number | undefined };
}) {
  requirePermission(actor, 'calls.manage');
  return actor.inTenant(async (tx) => {
    const row = await requireCall(tx, actor.orgId, callId, true);
    if (isOpen(row)) {
      throw new AppError('CALL.WRONG_PHASE', 'Assign once the call has closed', {
        fields: [{ path: 'body.mode', message: 'The call still takes applications' }],
      });
    }
    const jurorIds = await calls.jurorIds(tx, callId);
    const submitted = await applications.listApplications(tx, callId, true);
    const matched = submitted.filter((a) => a.participantId);
    const led = await jury.ledSessionsOf(
      tx,
      jurorIds,
      matched.map((a) => a.participantId!),
    );
    const conflicts = new Set<string>();
    for (const pair of led) {
      for (const a of matched.filter((m) => m.participantId === pair.participantId)) {
        conflicts.add(`${pair.userId}:${a.id}`);
      }
    }
    await jury.deleteOpenAssignments(tx, callId);
    const existing = new Set(
      (await jury.listAssignments(tx, callId)).map((a) => `${a.userId}:${a.applicationId}`),
    );
    const pairs = assignJurors(
      submitted.map((a) => a.id),
      jurorIds,
      input.mode === 'all' ? null : (input.perApplication ?? 2),
      conflicts,
    ).filter((p) => !existing.has(`${p.userId}:${p.applicationId}`));
    const base = { orgId: actor.orgId, callId };
    await jury.insertAssignments(tx, [
      ...pairs.map((p) => ({ ...base, ...p })),
      ...[...conflicts].map((key) => {
        const [userId, applicationId] = key.split(':') as [string, string];
        return { ...base, userId, applicationId, recusedAt: new Date(), recusalReason: 'detected' };
      }),
    ]);
    return { assignments: pairs.length, conflictsDetected: conflicts.size };
  });
}
