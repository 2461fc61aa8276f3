// Takedown requests: a member organisation asks for an entry to be taken down (rights, consent,
// an error), giving its reason; the entry's owner or a network coordinator upholds it (the entry
// leaves the library, copies already made stay with their organisations, the file is released)
// or dismisses it.
import type { Takedown } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { releaseFileHolds } from '../media';
import { presentTakedown } from './library.presenter';
import * as library from './library.repository';
import { readableEntry, requireActiveMember } from './library.service';
import type { NetworkActor } from './network-access';
import * as repository from './networks.repository';

export async function requestTakedown({
  actor,
  database,
  networkId,
  entryId,
  reason,
}: {
  actor: OrgActor;
  database: TuttiDatabase;
  networkId: string;
  entryId: string;
  reason: string;
}): Promise<Takedown> {
  requirePermission(actor, 'networks.share');
  await requireActiveMember(database, networkId, actor.orgId);
  const row = await readableEntry(database, networkId, actor.orgId, entryId);
  if (row.entry.status !== 'shared') {
    throw new AppError('LIBRARY.TAKEN_DOWN', 'Already taken down');
  }
  const takedown = await library.insertTakedown(database.db, {
    networkId,
    entryId,
    requestedByOrgId: actor.orgId,
    reason,
  });
  return presentTakedown((await library.findTakedownRow(database.db, takedown.id))!);
}

/** Coordinators see every request; another role holder those on its organisation's entries. */
export async function listTakedowns({
  actor,
  database,
}: {
  actor: NetworkActor;
  database: TuttiDatabase;
}): Promise<Takedown[]> {
  const owner = actor.role === 'coordinator' ? null : actor.orgId;
  const rows = await library.listTakedowns(database.db, actor.networkId, owner);
  return rows.map(presentTakedown);
}

export async function decideTakedown({
  actor,
  database,
  takedownId,
  decision,
  note,
}: {
  actor: NetworkActor;
  database: TuttiDatabase;
  takedownId: string;
  decision: 'upheld' | 'dismissed';
  note: string | null;
}): Promise<Takedown> {
  const { networkId } = actor;
  const released = await database.db.transaction(async (tx) => {
    const found = await library.lockTakedown(tx, networkId, takedownId);
    const allowed = found && (actor.role === 'coordinator' || found.ownerOrgId === actor.orgId);
    if (!found || !allowed) {
      throw new AppError('LIBRARY.TAKEDOWN_NOT_FOUND', 'Takedown request not found');
    }
    if (found.takedown.status !== 'open') {
      throw new AppError('LIBRARY.TAKEDOWN_CLOSED', `Already decided (${found.takedown.status})`);
    }
    const entryId = found.takedown.entryId;
    await library.resolveTakedowns(
      tx,
      { takedownId, entryId, all: decision === 'upheld' },
      { status: decision, note },
    );
    if (decision === 'dismissed') return null;
    await library.lockEntry(tx, networkId, entryId);
    await library.updateEntry(tx, entryId, { status: 'taken_down', takenDownAt: new Date() });
    await repository.touchNetwork(tx, networkId);
    return { entryId, ownerOrgId: found.ownerOrgId };
  });
  if (released) {
    await database.withTenant(
      { orgId: released.ownerOrgId, userId: null, sensitive: false },
      (tx) => releaseFileHolds(tx, 'library_entry', released.entryId),
    );
  }
  return presentTakedown((await library.findTakedownRow(database.db, takedownId))!);
}
