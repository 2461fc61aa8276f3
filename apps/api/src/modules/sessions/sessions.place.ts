// The one way sessions are placed: lock, place every draft, check, decide, write, record.
import type { Conflict, SessionChangeAction } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { decideOverride } from './conflicts';
import { recordChanges, sameIds } from './session-history';
import {
  type CheckedPlacement,
  conflictError,
  placeBatch,
  type SessionDraft,
} from './sessions.placement';
import {
  findSessionsWithLinks,
  insertSession,
  lockIds,
  type SessionInsert,
  type SessionWithLinks,
  updateSession,
} from './sessions.repository';

/** A session as it stands before the write, with its artists and groups. */
export type CurrentSession = SessionWithLinks;

/** Columns written as given, beside the placement. */
export type DraftValues = Partial<
  Pick<SessionInsert, 'title' | 'status' | 'onlineUrl' | 'notes' | 'journeyId' | 'journeyPosition'>
>;

/** One session to write: `id` null for a new one, otherwise one of the locked `sessionIds`. */
export type PlacementDraft = SessionDraft & { values?: DraftValues };

export type PlacedSession = CheckedPlacement & {
  draft: PlacementDraft;
  current: CurrentSession | null;
};

/** A draft whose conflicts nobody accepted; `index` is its place among the drafts. */
export type BlockedSession = PlacedSession & { index: number; blocking: Conflict[] };

export type PlaceSessionsOptions = {
  tx: Executor;
  actor: { orgId: string; userId: string };
  mode: Extract<SessionChangeAction, 'create' | 'update' | 'move' | 'instantiate' | 'accept'>;
  /** The existing sessions the write may change: locked, then read, before any draft is made. */
  sessionIds?: string[];
  /** The drafts, made from the locked sessions as they stand (a missing id was deleted). */
  drafts: (current: Map<string, CurrentSession>) => PlacementDraft[] | Promise<PlacementDraft[]>;
  /** A coordinator accepting the conflicts, with why. */
  override?: { reason: string } | undefined;
  now?: Date;
  /** The error for unaccepted conflicts; by default SESSION.CONFLICT naming each one. */
  refuse?: (blocked: BlockedSession[]) => Error;
  /** Columns known once every draft is accepted, written to all (the journey they form). */
  beforeWrite?: (placed: PlacedSession[]) => Promise<DraftValues>;
};

/**
 * Writes a batch of sessions so that no two writers can book one slot: first the sessions
 * changed are locked and read, then every venue, artist and group they hold before or after the
 * change is locked (each pass in sorted order, sessions always before holders, so writers never
 * deadlock); then each draft is placed and checked against the calendar and the other drafts,
 * the override rule decides, and the rows, links and one history entry per session are written.
 */
export async function placeSessions(options: PlaceSessionsOptions): Promise<PlacedSession[]> {
  const { tx, actor } = options;
  const now = options.now ?? new Date();
  await lockIds(tx, options.sessionIds ?? []);
  const rows = await findSessionsWithLinks(tx, options.sessionIds ?? []);
  const current = new Map(rows.map((row) => [row.id, row]));
  const drafts = await options.drafts(current);
  for (const draft of drafts) {
    if (draft.id && !current.has(draft.id)) {
      throw new Error(`Session ${draft.id} was not locked before being placed`);
    }
  }
  await lockIds(
    tx,
    drafts.flatMap((draft) => {
      const before = draft.id ? current.get(draft.id)! : null;
      return [
        draft.venueId,
        ...draft.artistIds,
        ...draft.groupIds,
        ...(before ? [before.venueId, ...before.artistIds, ...before.groupIds] : []),
      ];
    }),
  );
  const checked = await placeBatch(tx, actor.orgId, drafts);
  const placed = checked.map((placement, index) => {
    const draft = drafts[index]!;
    return { ...placement, draft, current: draft.id ? current.get(draft.id)! : null };
  });
  const decisions = placed.map((session) =>
    decideOverride({
      conflicts: session.conflicts,
      stored: session.current?.conflictOverride ?? null,
      requested: options.override,
      actorId: actor.userId,
      now,
    }),
  );
  const blocked = placed.flatMap((session, index) => {
    const decision = decisions[index]!;
    return decision.ok ? [] : [{ ...session, index, blocking: decision.blocking }];
  });
  if (blocked.length > 0) {
    throw options.refuse
      ? options.refuse(blocked)
      : conflictError(blocked.flatMap((b) => b.blocking));
  }
  const shared = options.beforeWrite ? await options.beforeWrite(placed) : {};
  const history = [];
  for (const [index, session] of placed.entries()) {
    const decision = decisions[index]!;
    const { candidate, draft, current: before } = session;
    const values = {
      kind: candidate.kind,
      venueId: candidate.venueId,
      startsAt: candidate.startsAt,
      endsAt: candidate.endsAt,
      timeZone: candidate.timeZone,
      capacity: candidate.capacity,
      conflictOverride: decision.ok ? decision.override : null,
      ...draft.values,
      ...shared,
    };
    const links = { artistIds: candidate.artistIds, groupIds: candidate.groupIds };
    const row = before
      ? await updateSession(tx, before.id, values, {
          artistIds: sameIds(before.artistIds, links.artistIds) ? undefined : links.artistIds,
          groupIds: sameIds(before.groupIds, links.groupIds) ? undefined : links.groupIds,
        })
      : await insertSession(
          tx,
          { ...values, id: candidate.id, orgId: actor.orgId, projectId: draft.projectId },
          links,
        );
    const accepted = options.override && session.conflicts.length > 0;
    history.push({
      before,
      after: { ...row, ...links },
      overrideReason: accepted ? options.override!.reason : null,
    });
  }
  await recordChanges(tx, actor, options.mode, history);
  return placed;
}
