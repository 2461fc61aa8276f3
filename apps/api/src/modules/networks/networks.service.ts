// Networks as one organisation sees them: found one, ask to join, accept an invitation, leave,
// give its own users the member role. Network tables are written as the owner, in one
// transaction, after the organisation role's permission is checked.
import type {
  NetworkAcceptBodySchema,
  NetworkCreateBody,
  NetworkJoinBodySchema,
  NetworkRoleBodySchema,
  OrgNetwork,
} from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { networkNotFound } from './network-access';
import * as repository from './networks.repository';

type Deps = { actor: OrgActor; database: TuttiDatabase };

export async function createNetwork({
  actor,
  database,
  input,
}: Deps & { input: NetworkCreateBody }) {
  requirePermission(actor, 'networks.manage');
  return database.db.transaction(async (tx) => {
    const network = await repository.insertNetwork(tx, {
      name: input.name,
      slug: input.slug,
      description: input.description,
      published: input.published,
      homeOrgId: actor.orgId,
    });
    if (!network) {
      throw new AppError('NETWORK.SLUG_TAKEN', 'Another network uses this slug', {
        fields: [{ path: 'body.slug', message: 'Already taken' }],
      });
    }
    const now = new Date();
    await repository.upsertMember(tx, {
      networkId: network.id,
      memberOrgId: actor.orgId,
      status: 'active',
      country: input.country,
      languages: input.languages,
      networkAcceptedAt: now,
      orgAcceptedAt: now,
    });
    await repository.setRole(tx, network.id, {
      userId: actor.userId,
      orgId: actor.orgId,
      role: 'coordinator',
    });
    return { id: network.id };
  });
}

export async function listOrgNetworks({ actor, database }: Deps): Promise<OrgNetwork[]> {
  requirePermission(actor, 'networks.read');
  return repository.listNetworksOfOrganisation(database.db, actor.orgId, actor.userId);
}

/** Asks to join a network by its slug; accepts at once when the network had invited it. */
export async function joinNetwork({
  actor,
  database,
  input,
}: Deps & { input: z.infer<typeof NetworkJoinBodySchema> }) {
  requirePermission(actor, 'networks.manage');
  return database.db.transaction(async (tx) => {
    const network = await repository.findNetworkBySlug(tx, input.networkSlug);
    if (!network) {
      throw new AppError('NETWORK.NOT_FOUND', 'No network with this slug', {
        fields: [{ path: 'body.networkSlug', message: 'Unknown network' }],
      });
    }
    const member = await repository.findMember(tx, network.id, actor.orgId);
    if (member?.status === 'active' || member?.status === 'requested') {
      throw new AppError('NETWORK.ALREADY_MEMBER', 'Already a member, or already asked');
    }
    const invited = member?.status === 'invited';
    const now = new Date();
    await repository.upsertMember(tx, {
      networkId: network.id,
      memberOrgId: actor.orgId,
      status: invited ? 'active' : 'requested',
      country: input.country,
      languages: input.languages,
      networkAcceptedAt: invited ? member.networkAcceptedAt : null,
      orgAcceptedAt: now,
    });
    await repository.setRole(tx, network.id, {
      userId: actor.userId,
      orgId: actor.orgId,
      role: 'member',
    });
    if (invited) await repository.touchNetwork(tx, network.id);
    return { id: network.id, status: invited ? ('active' as const) : ('requested' as const) };
  });
}

/** The organisation's side of an invitation: both sides have accepted, it is a member. */
export async function acceptInvitation({
  actor,
  database,
  networkId,
  input,
}: Deps & { networkId: string; input: z.infer<typeof NetworkAcceptBodySchema> }) {
  requirePermission(actor, 'networks.manage');
  return database.db.transaction(async (tx) => {
    const member = await repository.findMember(tx, networkId, actor.orgId);
    if (!member) throw networkNotFound();
    if (member.status !== 'invited') {
      throw new AppError('NETWORK.NO_INVITATION', `No invitation waits (${member.status})`);
    }
    await repository.upsertMember(tx, {
      ...member,
      status: 'active',
      country: input.country,
      languages: input.languages,
      orgAcceptedAt: new Date(),
    });
    await repository.setRole(tx, networkId, {
      userId: actor.userId,
      orgId: actor.orgId,
      role: 'member',
    });
    await repository.touchNetwork(tx, networkId);
    return { id: networkId, status: 'active' as const };
  });
}

export async function leaveNetwork({ actor, database, networkId }: Deps & { networkId: string }) {
  requirePermission(actor, 'networks.manage');
  await database.db.transaction(async (tx) => {
    const member = await repository.findMember(tx, networkId, actor.orgId);
    if (!member || member.status === 'left') throw networkNotFound();
    await repository.upsertMember(tx, { ...member, status: 'left' });
    await repository.dropRolesOfOrganisation(tx, networkId, actor.orgId);
    await repository.touchNetwork(tx, networkId);
  });
}

/** An admin gives or takes the member role from one of the organisation's own users. */
export async function setOwnUserRole({
  actor,
  database,
  networkId,
  input,
}: Deps & { networkId: string; input: z.infer<typeof NetworkRoleBodySchema> }) {
  requirePermission(actor, 'networks.manage');
  await database.db.transaction(async (tx) => {
    const member = await repository.findMember(tx, networkId, actor.orgId);
    if (!member || member.status === 'left') throw networkNotFound();
    if (!(await repository.membershipRole(tx, actor.orgId, input.userId))) {
      throw new AppError('NETWORK.NOT_A_MEMBER_USER', 'Not a member of this organisation', {
        fields: [{ path: 'body.userId', message: 'Not a member of this organisation' }],
      });
    }
    if (input.role === 'coordinator') {
      throw new AppError('AUTH.FORBIDDEN', 'Only a network coordinator names coordinators');
    }
    await repository.setRole(tx, networkId, {
      userId: input.userId,
      orgId: actor.orgId,
      role: input.role,
    });
  });
}
