// Session use cases: plan, check, edit, cancel, mark done and delete, refusing unaccepted conflicts.
import type {
  SessionCheck,
  SessionCheckBodySchema,
  SessionCreateBodySchema,
  SessionUpdateBodySchema,
} from '@tutti/contracts';
import { toLocalDateTime } from '@tutti/kit/dates';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { changeSession, removeSession } from './sessions.change';
import { type CurrentSession, type DraftValues, placeSessions } from './sessions.place';
import { conflictsOf, placeSession, type SessionDraft } from './sessions.placement';
import { presentSession, presentTimes } from './sessions.presenter';
import * as repository from './sessions.repository';

type CreateInput = z.output<typeof SessionCreateBodySchema>;
type UpdateInput = z.output<typeof SessionUpdateBodySchema>;
type CheckInput = z.output<typeof SessionCheckBodySchema>;

/** The session a create or check body asks for. */
function draftOf(input: CreateInput | CheckInput, id: string | null): SessionDraft {
  return {
    id,
    projectId: input.projectId,
    kind: input.kind,
    venueId: input.venueId ?? null,
    startsAtLocal: input.startsAtLocal,
    timeZone: input.timeZone,
    durationMin: input.durationMin,
    artistIds: input.artistIds,
    groupIds: input.groupIds,
    capacity: input.capacity ?? null,
  };
}

function notFound() {
  return new AppError('SESSION.NOT_FOUND', 'Session not found');
}

export async function createSession({ actor, input }: { actor: OrgActor; input: CreateInput }) {
  requirePermission(actor, 'sessions.plan');
  return actor.inTenant(async (tx) => {
    const [placed] = await placeSessions({
      tx,
      actor,
      mode: 'create',
      drafts: () => [
        {
          ...draftOf(input, null),
          title: input.title ?? null,
          values: {
            title: input.title ?? null,
            status: input.status ?? 'planned',
            onlineUrl: input.onlineUrl ?? null,
            notes: input.notes ?? null,
          },
        },
      ],
      override: input.override,
    });
    return presentSession((await repository.findSessionView(tx, placed!.candidate.id))!);
  });
}

/** The conflicts a session would have, for forms that show them before saving. */
export async function checkSession({
  actor,
  input,
}: {
  actor: OrgActor;
  input: CheckInput;
}): Promise<SessionCheck> {
  requirePermission(actor, 'sessions.plan');
  return actor.inTenant(async (tx) => {
    const existing = input.sessionId ? await repository.findSession(tx, input.sessionId) : null;
    if (input.sessionId && !existing) throw notFound();
    const placement = await placeSession(tx, actor.orgId, draftOf(input, input.sessionId ?? null));
    const { candidate } = placement;
    return {
      times: presentTimes(candidate.startsAt, candidate.endsAt, candidate.timeZone),
      conflicts: conflictsOf(placement),
      acceptedConflicts: existing?.conflictOverride?.codes ?? [],
    };
  });
}

/** Fields that move the session in time, place, people or size, and so need a new check. */
const PLACEMENT_FIELDS = [
  'kind',
  'venueId',
  'startsAtLocal',
  'timeZone',
  'durationMin',
  'artistIds',
  'groupIds',
  'capacity',
] as const;

/** The fields of an update written as given: free text and status. */
function givenValues(input: UpdateInput): DraftValues {
  return {
    ...(input.title !== undefined ? { title: input.title } : {}),
    ...(input.onlineUrl !== undefined ? { onlineUrl: input.onlineUrl } : {}),
    ...(input.notes !== undefined ? { notes: input.notes } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
  };
}

/** Refuses changing more than the notes of a done or cancelled session. */
function requireEditable(current: CurrentSession, input: UpdateInput) {
  const onlyNotes = Object.entries(input).every(([k, v]) => v === undefined || k === 'notes');
  if ((current.status === 'done' || current.status === 'cancelled') && !onlyNotes) {
    throw new AppError('SESSION.NOT_EDITABLE', `A ${current.status} session keeps its plan`, {
      fields: [{ path: 'body', message: 'Only the notes of a done or cancelled session change' }],
    });
  }
}

export async function updateSession({
  actor,
  sessionId,
  input,
}: {
  actor: OrgActor;
  sessionId: string;
  input: UpdateInput;
}) {
  requirePermission(actor, 'sessions.plan');
  return actor.inTenant(async (tx) => {
    const moves = PLACEMENT_FIELDS.some((field) => input[field] !== undefined);
    if (!moves && !input.override) {
      await changeSession(tx, actor, sessionId, 'update', (current) => {
        requireEditable(current, input);
        return givenValues(input);
      });
      return presentSession((await repository.findSessionView(tx, sessionId))!);
    }
    await placeSessions({
      tx,
      actor,
      mode: 'update',
      sessionIds: [sessionId],
      override: input.override,
      drafts: (sessions) => {
        const current = sessions.get(sessionId);
        if (!current) throw notFound();
        requireEditable(current, input);
        const venueId = input.venueId === undefined ? current.venueId : input.venueId;
        return [
          {
            id: current.id,
            projectId: current.projectId,
            kind: input.kind ?? current.kind,
            venueId,
            // A new venue in another zone keeps the wall-clock time people agreed on.
            startsAtLocal:
              input.startsAtLocal ?? toLocalDateTime(current.startsAt, current.timeZone),
            timeZone: input.timeZone,
            durationMin:
              input.durationMin ?? (current.endsAt.getTime() - current.startsAt.getTime()) / 60_000,
            artistIds: input.artistIds ?? current.artistIds,
            groupIds: input.groupIds ?? current.groupIds,
            capacity: input.capacity === undefined ? current.capacity : input.capacity,
            title: input.title ?? current.title,
            values: givenValues(input),
          },
        ];
      },
    });
    return presentSession((await repository.findSessionView(tx, sessionId))!);
  });
}

export async function cancelSession({
  actor,
  sessionId,
  reason,
}: {
  actor: OrgActor;
  sessionId: string;
  reason: string;
}) {
  requirePermission(actor, 'sessions.plan');
  return actor.inTenant(async (tx) => {
    await changeSession(tx, actor, sessionId, 'cancel', (current) => {
      if (current.status === 'done' || current.status === 'cancelled') {
        throw new AppError('SESSION.NOT_EDITABLE', `The session is already ${current.status}`);
      }
      return { status: 'cancelled', cancelReason: reason };
    });
    return presentSession((await repository.findSessionView(tx, sessionId))!);
  });
}

/** Coordinators, or an artist of the session, once it has begun. */
export async function markSessionDone({
  actor,
  sessionId,
  now = new Date(),
}: {
  actor: OrgActor;
  sessionId: string;
  now?: Date;
}) {
  requirePermission(actor, 'sessions.markDone');
  return actor.inTenant(async (tx) => {
    await changeSession(tx, actor, sessionId, 'done', async (current) => {
      if (actor.role === 'artist') {
        const artistId = await repository.artistIdOfUser(tx, actor.userId);
        if (!artistId || !current.artistIds.includes(artistId)) {
          throw new AppError('AUTH.FORBIDDEN', 'Only the artists of this session may close it');
        }
      }
      if (current.status === 'cancelled') {
        throw new AppError('SESSION.NOT_EDITABLE', 'A cancelled session cannot be done');
      }
      if (current.startsAt > now) {
        throw new AppError('SESSION.NOT_STARTED', 'The session has not started yet');
      }
      return current.status === 'done' ? null : { status: 'done' };
    });
    return presentSession((await repository.findSessionView(tx, sessionId))!);
  });
}

/** Only a session without attendance may disappear; one that happened is cancelled instead. */
export async function deleteSession({ actor, sessionId }: { actor: OrgActor; sessionId: string }) {
  requirePermission(actor, 'sessions.plan');
  await actor.inTenant(async (tx) => {
    await removeSession(tx, actor, sessionId, async () => {
      const attendance = await repository.countAttendance(tx, sessionId);
      if (attendance.marks + attendance.headcounts > 0) {
        throw new AppError(
          'SESSION.HAS_ATTENDANCE',
          `The session has ${attendance.marks} attendance marks and ${attendance.headcounts} head counts; cancel it instead`,
          { details: { dependents: attendance } },
        );
      }
    });
  });
}

export async function getSession({ actor, sessionId }: { actor: OrgActor; sessionId: string }) {
  requirePermission(actor, 'sessions.read');
  return actor.inTenant(async (tx) => {
    const view = await repository.findSessionView(tx, sessionId);
    if (!view) throw notFound();
    if (
      actor.role === 'relay' &&
      !(await repository.isRelayOfAny(
        tx,
        actor.userId,
        view.groups.map((g) => g.id),
      ))
    ) {
      throw new AppError('AUTH.FORBIDDEN', 'Relays see the sessions of their groups');
    }
    return presentSession(view);
  });
}
