// Group use cases: list, read, create, edit, archive and delete groups, relays bound to their own.
import type { GroupCreateBody, GroupListQuery, GroupUpdateBody } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError, notFound } from '../../platform/errors';
import { isGroupInScope, relayScopeOf } from './groups.policies';
import * as groups from './groups.repository';

export async function listGroups({ actor, query }: { actor: OrgActor; query: GroupListQuery }) {
  requirePermission(actor, 'groups.read');
  const { limit, offset, ...filter } = query;
  return actor.inTenant((tx) =>
    groups.listGroups(
      tx,
      { ...filter, orgId: actor.orgId, relayUserId: relayScopeOf(actor) ?? filter.relayUserId },
      { limit, offset },
    ),
  );
}

export async function getGroup({ actor, groupId }: { actor: OrgActor; groupId: string }) {
  requirePermission(actor, 'groups.read');
  return actor.inTenant((tx) => findGroupInScope(tx, actor, groupId));
}

/** The group if `actor` may reach it; "not found" otherwise, also for another relay's group. */
export async function findGroupInScope(tx: Tx, actor: OrgActor, groupId: string) {
  const row = await groups.findGroup(tx, actor.orgId, groupId);
  if (!row || !isGroupInScope(actor, row.group)) throw notFound('GROUP.NOT_FOUND', 'Group');
  return row;
}

export async function createGroup({ actor, input }: { actor: OrgActor; input: GroupCreateBody }) {
  requirePermission(actor, 'groups.write');
  return actor.inTenant(async (tx) => {
    // A relay enrols groups for themselves.
    const relayUserId = input.relayUserId ?? relayScopeOf(actor) ?? null;
    await checkReferences(tx, actor, { partnerId: input.partnerId, relayUserId });
    const id = await groups.insertGroup(tx, actor.orgId, { ...input, relayUserId });
    return (await groups.findGroup(tx, actor.orgId, id))!;
  });
}

export async function updateGroup({
  actor,
  groupId,
  input,
}: {
  actor: OrgActor;
  groupId: string;
  input: GroupUpdateBody;
}) {
  requirePermission(actor, 'groups.write');
  return actor.inTenant(async (tx) => {
    const existing = await findGroupInScope(tx, actor, groupId);
    const { archived, ...values } = input;
    await checkReferences(tx, actor, values);
    if (values.listedIndividually === false && existing.group.listedIndividually) {
      const { participants } = await groups.countDependents(tx, groupId);
      if (participants > 0) {
        throw new AppError(
          'GROUP.IN_USE',
          `The group lists ${participants} participants; it cannot become counted only`,
          {
            fields: [{ path: 'body.listedIndividually', message: 'The group lists participants' }],
            details: { dependents: { participants } },
          },
        );
      }
    }
    const archivedAt = archived === undefined ? {} : { archivedAt: archived ? new Date() : null };
    await groups.updateGroup(tx, actor.orgId, groupId, { ...values, ...archivedAt });
    return (await groups.findGroup(tx, actor.orgId, groupId))!;
  });
}

/** Only a group nothing refers to is deleted; otherwise 409 with what depends on it (archive it). */
export async function deleteGroup({ actor, groupId }: { actor: OrgActor; groupId: string }) {
  requirePermission(actor, 'groups.manage');
  await actor.inTenant(async (tx) => {
    await findGroupInScope(tx, actor, groupId);
    const dependents = await groups.countDependents(tx, groupId);
    const inUse = Object.entries(dependents).filter(([, n]) => n > 0);
    if (inUse.length > 0) {
      throw new AppError(
        'GROUP.IN_USE',
        `The group is used by ${inUse.map(([what, n]) => `${n} ${what}`).join(', ')}; archive it instead`,
        { details: { dependents } },
      );
    }
    await groups.deleteGroup(tx, actor.orgId, groupId);
  });
}

async function checkReferences(
  tx: Tx,
  actor: OrgActor,
  refs: { partnerId?: string | null | undefined; relayUserId?: string | null | undefined },
) {
  if (refs.partnerId && !(await groups.partnerExists(tx, actor.orgId, refs.partnerId))) {
    throw new AppError('GROUP.UNKNOWN_PARTNER', 'No such partner in this organisation', {
      fields: [{ path: 'body.partnerId', message: 'No such partner' }],
    });
  }
  if (refs.relayUserId === undefined) return;
  const ownRelay = relayScopeOf(actor);
  if (ownRelay && refs.relayUserId !== ownRelay) {
    throw new AppError('AUTH.FORBIDDEN', 'A relay person manages only their own groups', {
      fields: [{ path: 'body.relayUserId', message: 'Only yourself' }],
    });
  }
  if (refs.relayUserId === null) return;
  if ((await groups.memberRole(tx, actor.orgId, refs.relayUserId)) !== 'relay') {
    throw new AppError('GROUP.INVALID_RELAY', 'The relay must be a member with the role relay', {
      fields: [{ path: 'body.relayUserId', message: 'Not a relay member of the organisation' }],
    });
  }
}
