// Writes that do not place a session (status, free text, deletion): locked and recorded like placements.

import type { SessionChangeAction } from '@tutti/contracts';
import type { Executor } from '@tutti/db';
import { AppError } from '../../platform/errors';
import { recordChanges } from './session-history';
import type { CurrentSession, DraftValues } from './sessions.place';
import {
  deleteSession,
  findSessionsWithLinks,
  lockIds,
  type SessionInsert,
  updateSession,
} from './sessions.repository';

type Actor = { orgId: string; userId: string };

/** What a change may write besides the placement: texts, status, publication. */
type ChangeValues = DraftValues &
  Pick<Partial<SessionInsert>, 'cancelReason' | 'isPublic' | 'publicCode'>;

async function lockedSession(tx: Executor, sessionId: string) {
  await lockIds(tx, [sessionId]);
  const [current] = await findSessionsWithLinks(tx, [sessionId]);
  if (!current) throw new AppError('SESSION.NOT_FOUND', 'Session not found');
  return current;
}

/**
 * Changes what does not move a session. `decide` sees the session locked as it stands and gives
 * the values to write, or null to leave it as it is.
 */
export async function changeSession(
  tx: Executor,
  actor: Actor,
  sessionId: string,
  action: Extract<SessionChangeAction, 'update' | 'cancel' | 'done'>,
  decide: (current: CurrentSession) => ChangeValues | null | Promise<ChangeValues | null>,
) {
  const current = await lockedSession(tx, sessionId);
  const values = await decide(current);
  if (!values) return;
  const row = await updateSession(tx, sessionId, values);
  const links = { artistIds: current.artistIds, groupIds: current.groupIds };
  await recordChanges(tx, actor, action, [{ before: current, after: { ...row, ...links } }]);
}

/** Deletes a session once `check` (which sees it locked) lets it go; its history stays. */
export async function removeSession(
  tx: Executor,
  actor: Actor,
  sessionId: string,
  check: (current: CurrentSession) => Promise<void>,
) {
  const current = await lockedSession(tx, sessionId);
  await check(current);
  await deleteSession(tx, sessionId);
  await recordChanges(tx, actor, 'delete', [
    { before: current, after: { ...current, status: 'deleted' } },
  ]);
}
