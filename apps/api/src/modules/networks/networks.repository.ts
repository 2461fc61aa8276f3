// SQL for networks, their member organisations and role holders. Runs as the owner (network
// tables have no tenant policy): every query names its network.
import type { NetworkRole } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';

const { networks, networkMembers, networkRoleHolders, organisations, memberships, users } = schema;

export type NetworkRow = typeof networks.$inferSelect;

export async function findNetwork(db: Executor, networkId: string) {
  const [row] = await db.select().from(networks).where(eq(networks.id, networkId));
  return row ?? null;
}

export async function findNetworkBySlug(db: Executor, slug: string) {
  const [row] = await db.select().from(networks).where(eq(networks.slug, slug));
  return row ?? null;
}

export async function insertNetwork(db: Executor, values: typeof networks.$inferInsert) {
  const [row] = await db.insert(networks).values(values).onConflictDoNothing().returning();
  return row ?? null;
}

/**
 * Raises the network's version and its home organisation's data version: the public page is
 * cached under the home organisation's, which no member's change would otherwise move.
 */
export async function touchNetwork(db: Executor, networkId: string) {
  const [network] = await db
    .update(networks)
    .set({ version: sql`${networks.version} + 1` })
    .where(eq(networks.id, networkId))
    .returning({ homeOrgId: networks.homeOrgId });
  if (!network) return;
  await db
    .update(schema.orgDataVersions)
    .set({ version: sql`${schema.orgDataVersions.version} + 1`, changedAt: new Date() })
    .where(eq(schema.orgDataVersions.orgId, network.homeOrgId));
}

/** The slugs of the published networks whose home is this organisation. */
export async function publishedNetworkSlugsOf(db: Executor, homeOrgId: string) {
  const rows = await db
    .select({ slug: networks.slug })
    .from(networks)
    .where(and(eq(networks.homeOrgId, homeOrgId), eq(networks.published, true)))
    .orderBy(asc(networks.slug));
  return rows.map((row) => row.slug);
}

/**
 * The user's network role, held only while their organisation is an active member and they are
 * still one of its members with a role in `holding` (admins and coordinators).
 */
export async function findRole(
  db: Executor,
  networkId: string,
  userId: string,
  holding: readonly string[],
): Promise<{ role: NetworkRole; orgId: string } | null> {
  const [row] = await db
    .select({ role: networkRoleHolders.role, orgId: networkRoleHolders.memberOrgId })
    .from(networkRoleHolders)
    .innerJoin(
      networkMembers,
      and(
        eq(networkMembers.networkId, networkRoleHolders.networkId),
        eq(networkMembers.memberOrgId, networkRoleHolders.memberOrgId),
        eq(networkMembers.status, 'active'),
      ),
    )
    .innerJoin(
      memberships,
      and(
        eq(memberships.orgId, networkRoleHolders.memberOrgId),
        eq(memberships.userId, networkRoleHolders.userId),
        inArray(memberships.role, [...holding] as never[]),
      ),
    )
    .where(and(eq(networkRoleHolders.networkId, networkId), eq(networkRoleHolders.userId, userId)));
  return row ?? null;
}

export async function findMember(db: Executor, networkId: string, orgId: string) {
  const [row] = await db
    .select()
    .from(networkMembers)
    .where(and(eq(networkMembers.networkId, networkId), eq(networkMembers.memberOrgId, orgId)));
  return row ?? null;
}

export async function upsertMember(db: Executor, values: typeof networkMembers.$inferInsert) {
  await db
    .insert(networkMembers)
    .values(values)
    .onConflictDoUpdate({
      target: [networkMembers.networkId, networkMembers.memberOrgId],
      set: {
        status: values.status,
        country: values.country,
        languages: values.languages,
        networkAcceptedAt: values.networkAcceptedAt ?? null,
        orgAcceptedAt: values.orgAcceptedAt ?? null,
      },
    });
}

export async function listMembers(db: Executor, networkId: string) {
  return db
    .select({
      orgId: networkMembers.memberOrgId,
      name: organisations.name,
      status: networkMembers.status,
      country: networkMembers.country,
      languages: networkMembers.languages,
      publicSlug: sql<
        string | null
      >`case when ${organisations.publicProfile} then ${organisations.publicSlug} end`,
      networkAcceptedAt: networkMembers.networkAcceptedAt,
      orgAcceptedAt: networkMembers.orgAcceptedAt,
    })
    .from(networkMembers)
    .innerJoin(organisations, eq(organisations.id, networkMembers.memberOrgId))
    .where(eq(networkMembers.networkId, networkId))
    .orderBy(asc(organisations.name));
}

export async function listPeople(db: Executor, networkId: string) {
  return db
    .select({
      userId: networkRoleHolders.userId,
      displayName: users.displayName,
      orgId: networkRoleHolders.memberOrgId,
      orgName: organisations.name,
      role: networkRoleHolders.role,
    })
    .from(networkRoleHolders)
    .innerJoin(users, eq(users.id, networkRoleHolders.userId))
    .innerJoin(organisations, eq(organisations.id, networkRoleHolders.memberOrgId))
    .where(eq(networkRoleHolders.networkId, networkId))
    .orderBy(asc(networkRoleHolders.role), asc(users.displayName));
}

export async function setRole(
  db: Executor,
  networkId: string,
  holder: { userId: string; orgId: string; role: NetworkRole | null },
) {
  if (holder.role === null) {
    await db
      .delete(networkRoleHolders)
      .where(
        and(
          eq(networkRoleHolders.networkId, networkId),
          eq(networkRoleHolders.userId, holder.userId),
        ),
      );
    return;
  }
  await db
    .insert(networkRoleHolders)
    .values({ networkId, userId: holder.userId, memberOrgId: holder.orgId, role: holder.role })
    .onConflictDoUpdate({
      target: [networkRoleHolders.networkId, networkRoleHolders.userId],
      set: { role: holder.role, memberOrgId: holder.orgId },
    });
}

export async function countCoordinators(db: Executor, networkId: string) {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(networkRoleHolders)
    .where(
      and(eq(networkRoleHolders.networkId, networkId), eq(networkRoleHolders.role, 'coordinator')),
    );
  return row?.n ?? 0;
}

/** Drops the roles of an organisation's users (it left the network). */
export async function dropRolesOfOrganisation(db: Executor, networkId: string, orgId: string) {
  await db
    .delete(networkRoleHolders)
    .where(
      and(eq(networkRoleHolders.networkId, networkId), eq(networkRoleHolders.memberOrgId, orgId)),
    );
}

/** The networks an organisation belongs to, was invited to or asked to join, with the user's role. */
export async function listNetworksOfOrganisation(db: Executor, orgId: string, userId: string) {
  return db
    .select({
      id: networks.id,
      name: networks.name,
      slug: networks.slug,
      status: networkMembers.status,
      myRole: sql<NetworkRole | null>`(select h.role from ${networkRoleHolders} h
        where h.network_id = ${networks.id} and h.user_id = ${userId} and h.member_org_id = ${orgId})`,
      members: sql<number>`(select count(*)::int from ${networkMembers} m
        where m.network_id = ${networks.id} and m.status = 'active')`,
    })
    .from(networkMembers)
    .innerJoin(networks, eq(networks.id, networkMembers.networkId))
    .where(and(eq(networkMembers.memberOrgId, orgId), sql`${networkMembers.status} <> 'left'`))
    .orderBy(asc(networks.name));
}

export async function findPublishedOrganisationBySlug(db: Executor, slug: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.publicSlug, slug), eq(organisations.publicProfile, true)));
  return row ?? null;
}

/** Whether the user is a member of the organisation (a network role goes to its own users only). */
export async function membershipRole(db: Executor, orgId: string, userId: string) {
  const [row] = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

/** Every organisation that is an active member of at least one network (for the nightly refresh). */
export async function listActiveMemberOrgIds(db: Executor) {
  const rows = await db
    .selectDistinct({ orgId: networkMembers.memberOrgId })
    .from(networkMembers)
    .where(eq(networkMembers.status, 'active'))
    .orderBy(asc(networkMembers.memberOrgId));
  return rows.map((row) => row.orgId);
}
