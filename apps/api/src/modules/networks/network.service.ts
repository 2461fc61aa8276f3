// A network as its role holders see it: members, people with network roles; coordinators invite
// organisations, remove them and name coordinators. Never anything of a member's own data.
import type { Network, NetworkRole } from '@tutti/contracts';
import type { TuttiDatabase } from '@tutti/db';
import { AppError } from '../../platform/errors';
import { type NetworkActor, networkNotFound, requireCoordinator } from './network-access';
import * as repository from './networks.repository';

type Deps = { actor: NetworkActor; database: TuttiDatabase; baseUrl: string };

export async function getNetwork({ actor, database, baseUrl }: Deps): Promise<Network> {
  const network = await repository.findNetwork(database.db, actor.networkId);
  if (!network) throw networkNotFound();
  const members = await repository.listMembers(database.db, network.id);
  const people = await repository.listPeople(database.db, network.id);
  const home = members.find((m) => m.orgId === network.homeOrgId);
  const visible =
    actor.role === 'coordinator' ? members : members.filter((m) => m.status === 'active');
  return {
    id: network.id,
    name: network.name,
    slug: network.slug,
    description: network.description,
    published: network.published,
    publicUrl:
      network.published && home?.publicSlug
        ? `${baseUrl}/p/${home.publicSlug}/reseau/${network.slug}`
        : null,
    homeOrgId: network.homeOrgId,
    myRole: actor.role,
    members: visible.map((m) => ({
      orgId: m.orgId,
      name: m.name,
      status: m.status,
      country: m.country,
      languages: m.languages,
      publicSlug: m.publicSlug,
      joinedAt:
        m.status === 'active' && m.orgAcceptedAt && m.networkAcceptedAt
          ? new Date(Math.max(+m.orgAcceptedAt, +m.networkAcceptedAt)).toISOString()
          : null,
    })),
    people,
  };
}

/** Invites an organisation by its public slug; accepts at once one that had asked to join. */
export async function inviteOrganisation({
  actor,
  database,
  orgSlug,
}: Omit<Deps, 'baseUrl'> & { orgSlug: string }) {
  requireCoordinator(actor);
  return database.db.transaction(async (tx) => {
    const org = await repository.findPublishedOrganisationBySlug(tx, orgSlug);
    if (!org) {
      throw new AppError('NETWORK.UNKNOWN_ORGANISATION', 'No organisation publishes this slug', {
        fields: [{ path: 'body.orgSlug', message: 'Unknown organisation' }],
      });
    }
    const member = await repository.findMember(tx, actor.networkId, org.id);
    if (member?.status === 'active' || member?.status === 'invited') {
      throw new AppError('NETWORK.ALREADY_MEMBER', 'Already a member, or already invited');
    }
    const asked = member?.status === 'requested';
    await repository.upsertMember(tx, {
      networkId: actor.networkId,
      memberOrgId: org.id,
      status: asked ? 'active' : 'invited',
      country: member?.country ?? 'FR',
      languages: member?.languages ?? [],
      networkAcceptedAt: new Date(),
      orgAcceptedAt: asked ? member.orgAcceptedAt : null,
    });
    if (asked) await repository.touchNetwork(tx, actor.networkId);
    return { orgId: org.id, status: asked ? ('active' as const) : ('invited' as const) };
  });
}

export async function removeMember({
  actor,
  database,
  memberOrgId,
}: Omit<Deps, 'baseUrl'> & { memberOrgId: string }) {
  requireCoordinator(actor);
  await database.db.transaction(async (tx) => {
    const member = await repository.findMember(tx, actor.networkId, memberOrgId);
    if (!member || member.status === 'left') throw networkNotFound();
    await repository.upsertMember(tx, { ...member, status: 'left' });
    await repository.dropRolesOfOrganisation(tx, actor.networkId, memberOrgId);
    if ((await repository.countCoordinators(tx, actor.networkId)) === 0) {
      throw new AppError('NETWORK.LAST_COORDINATOR', 'The network would have no coordinator');
    }
    await repository.touchNetwork(tx, actor.networkId);
  });
}

/** Gives a network role to a user of an active member organisation (admin or coordinator there). */
export async function setPersonRole({
  actor,
  database,
  userId,
  role,
  holding,
}: Omit<Deps, 'baseUrl'> & {
  userId: string;
  role: NetworkRole | null;
  holding: readonly string[];
}) {
  requireCoordinator(actor);
  await database.db.transaction(async (tx) => {
    const members = await repository.listMembers(tx, actor.networkId);
    let orgId: string | null = null;
    for (const member of members.filter((m) => m.status === 'active')) {
      const held = await repository.membershipRole(tx, member.orgId, userId);
      if (held && holding.includes(held)) {
        orgId = member.orgId;
        break;
      }
    }
    if (!orgId) {
      throw new AppError('NETWORK.NOT_A_MEMBER_USER', 'Not staff of a member organisation', {
        fields: [{ path: 'body.userId', message: 'Not an admin or coordinator of a member' }],
      });
    }
    await repository.setRole(tx, actor.networkId, { userId, orgId, role });
    if ((await repository.countCoordinators(tx, actor.networkId)) === 0) {
      throw new AppError('NETWORK.LAST_COORDINATOR', 'The network would have no coordinator');
    }
  });
}
