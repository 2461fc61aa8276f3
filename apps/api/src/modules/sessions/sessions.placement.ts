// Turns a requested session (local time, references) into a checked candidate with its conflicts.
import { randomUUID } from 'node:crypto';
import type { Conflict, FieldError, SessionKind } from '@tutti/contracts';
import { type Executor, inTurn } from '@tutti/db';
import { localDateTimeToUtc } from '@tutti/kit/dates';
import { AppError } from '../../platform/errors';
import { organisationTimeZone } from '../organisations';
import {
  type BusySession,
  type ConflictFacts,
  detectConflicts,
  type SessionCandidate,
} from './conflicts';
import {
  loadArtistFacts,
  loadBusySessions,
  loadGroupFacts,
  loadVenueFacts,
} from './conflicts.repository';
import { existingIds } from './sessions.repository';

/** A session as asked for: wall-clock start in a zone, references by id. */
export type SessionDraft = {
  id: string | null;
  projectId: string;
  kind: SessionKind;
  venueId: string | null;
  startsAtLocal: string;
  timeZone: string | undefined;
  durationMin: number;
  artistIds: string[];
  groupIds: string[];
  capacity: number | null;
  /** How the other sessions of a batch name this one in their conflicts. */
  title?: string | null;
};

export type Placement = { candidate: SessionCandidate; facts: ConflictFacts };

function missing(code: 'SESSION.REFERENCE_NOT_FOUND', fields: FieldError[]) {
  return new AppError(code, `Not found: ${fields.map((f) => f.path).join(', ')}`, { fields });
}

async function checkReferences(tx: Executor, draft: SessionDraft) {
  const [projects, artists, groups] = await inTurn(
    () => existingIds(tx, 'projects', [draft.projectId]),
    () => existingIds(tx, 'artists', draft.artistIds),
    () => existingIds(tx, 'groups', draft.groupIds),
  );
  const fields: FieldError[] = [
    ...(projects.has(draft.projectId)
      ? []
      : [{ path: 'body.projectId', message: 'No such project' }]),
    ...draft.artistIds.flatMap((id, i) =>
      artists.has(id) ? [] : [{ path: `body.artistIds.${i}`, message: 'No such artist' }],
    ),
    ...draft.groupIds.flatMap((id, i) =>
      groups.has(id) ? [] : [{ path: `body.groupIds.${i}`, message: 'No such group' }],
    ),
  ];
  if (fields.length > 0) throw missing('SESSION.REFERENCE_NOT_FOUND', fields);
}

/** The zone a session is read in: its venue's; without a venue, the one given or the organisation's. */
async function resolveTimeZone(
  tx: Executor,
  orgId: string,
  draft: SessionDraft,
  venueZone: string | null,
) {
  if (venueZone) {
    if (draft.timeZone && draft.timeZone !== venueZone) {
      throw new AppError('SESSION.INVALID', `The venue is in ${venueZone}`, {
        fields: [
          { path: 'body.timeZone', message: `Give the time in the venue's zone, ${venueZone}` },
        ],
      });
    }
    return venueZone;
  }
  if (draft.timeZone) return draft.timeZone;
  return organisationTimeZone(tx, orgId);
}

/**
 * Validates the draft (references, online sessions without venue, a wall-clock time that exists)
 * and loads the facts conflict detection needs; callers may add unsaved sessions to `facts.busy`.
 */
export async function placeSession(
  tx: Executor,
  orgId: string,
  draft: SessionDraft,
  options: { excludeIds?: string[] } = {},
): Promise<Placement> {
  if (draft.kind === 'online' && draft.venueId) {
    throw new AppError('SESSION.INVALID', 'An online session has no venue', {
      fields: [{ path: 'body.venueId', message: 'An online session has no venue' }],
    });
  }
  await checkReferences(tx, draft);
  const venue = draft.venueId ? await loadVenueFacts(tx, draft.venueId) : null;
  if (draft.venueId && !venue) {
    throw missing('SESSION.REFERENCE_NOT_FOUND', [
      { path: 'body.venueId', message: 'No such venue' },
    ]);
  }
  const timeZone = await resolveTimeZone(tx, orgId, draft, venue?.timeZone ?? null);
  const startsAt = localDateTimeToUtc(draft.startsAtLocal, timeZone);
  if (!startsAt) {
    throw new AppError('SESSION.INVALID', `${draft.startsAtLocal} does not exist in ${timeZone}`, {
      fields: [
        {
          path: 'body.startsAtLocal',
          message: `The clocks skip this time in ${timeZone} (change to summer time)`,
        },
      ],
    });
  }
  const endsAt = new Date(startsAt.getTime() + draft.durationMin * 60_000);
  const candidate: SessionCandidate = {
    id: draft.id,
    kind: draft.kind,
    startsAt,
    endsAt,
    timeZone,
    venueId: draft.venueId,
    artistIds: draft.artistIds,
    groupIds: draft.groupIds,
    capacity: draft.capacity,
  };
  const [artists, groups, busy] = await inTurn(
    () => loadArtistFacts(tx, draft.artistIds),
    () => loadGroupFacts(tx, draft.groupIds),
    () =>
      loadBusySessions(tx, {
        from: startsAt,
        to: endsAt,
        venueIds: draft.venueId ? [draft.venueId] : [],
        artistIds: draft.artistIds,
        groupIds: draft.groupIds,
        excludeIds: [...(draft.id ? [draft.id] : []), ...(options.excludeIds ?? [])],
      }),
  );
  return { candidate, facts: { venue, artists, groups, busy } };
}

export function conflictsOf(placement: Placement): Conflict[] {
  return detectConflicts(placement.candidate, placement.facts);
}

export type CheckedPlacement = Placement & { candidate: { id: string }; conflicts: Conflict[] };

/**
 * Places every draft of one write and finds each one's conflicts, the other drafts counting at
 * their new times and places: one batch cannot book an artist, group or venue twice. A draft
 * without id (a new session) gets its id here.
 */
export async function placeBatch(
  tx: Executor,
  orgId: string,
  drafts: SessionDraft[],
): Promise<CheckedPlacement[]> {
  const identified = drafts.map((draft) => ({ ...draft, id: draft.id ?? randomUUID() }));
  const batchIds = identified.map((draft) => draft.id);
  const placements: Placement[] = [];
  for (const draft of identified) {
    placements.push(await placeSession(tx, orgId, draft, { excludeIds: batchIds }));
  }
  const asBusy: BusySession[] = placements.map(({ candidate }, index) => ({
    ...candidate,
    id: batchIds[index]!,
    title: identified[index]!.title ?? null,
    projectName: '',
  }));
  return placements.map((placement, index) => {
    placement.facts.busy.push(...asBusy.filter((_, other) => other !== index));
    return {
      ...placement,
      candidate: { ...placement.candidate, id: batchIds[index]! },
      conflicts: conflictsOf(placement),
    };
  });
}

/** The 409 for conflicts nobody accepted: each one named, with the facts in `details`. */
export function conflictError(conflicts: Conflict[]) {
  return new AppError(
    'SESSION.CONFLICT',
    `The session conflicts with the plan: ${conflicts.map((c) => c.message).join('; ')}. A coordinator may accept this with override.reason.`,
    {
      fields: conflicts.map((c) => ({ path: c.path, message: c.message })),
      details: { conflicts },
    },
  );
}
