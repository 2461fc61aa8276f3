// The only place with queries on groups (and the checks of what a group refers to).
import type { GroupKind } from '@tutti/contracts';
import { consentMissingSql, type Executor, schema } from '@tutti/db';
import { and, asc, count, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { containsFolded } from '../../platform/text-search';

const { groups, participants, partners, users, memberships, sessionGroups, journeys } = schema;

export type GroupRow = typeof groups.$inferSelect;
export type GroupValues = Omit<typeof groups.$inferInsert, 'id' | 'orgId' | 'createdAt'>;

const listedParticipants = sql`${participants.groupId} = ${groups.id} and ${participants.anonymisedAt} is null and ${participants.archivedAt} is null`;

const groupColumns = {
  group: groups,
  partnerName: partners.name,
  relayName: users.displayName,
  participantCount: sql<number>`(select count(*)::int from ${participants} where ${listedParticipants})`,
  minorsWithoutConsent: sql<number>`(select count(*)::int from ${participants} where ${listedParticipants} and ${consentMissingSql})`,
};

export type GroupListRow = {
  group: GroupRow;
  partnerName: string | null;
  relayName: string | null;
  participantCount: number;
  minorsWithoutConsent: number;
};

function selectGroups(tx: Executor) {
  return tx
    .select(groupColumns)
    .from(groups)
    .leftJoin(partners, eq(partners.id, groups.partnerId))
    .leftJoin(users, eq(users.id, groups.relayUserId));
}

export type GroupFilter = {
  orgId: string;
  relayUserId?: string | undefined;
  q?: string | undefined;
  kind?: GroupKind | undefined;
  archived: 'exclude' | 'include' | 'only';
};

function filterConditions(filter: GroupFilter): SQL[] {
  const conditions: SQL[] = [eq(groups.orgId, filter.orgId)];
  if (filter.relayUserId) conditions.push(eq(groups.relayUserId, filter.relayUserId));
  if (filter.kind) conditions.push(eq(groups.kind, filter.kind));
  if (filter.q) conditions.push(containsFolded([groups.name], filter.q));
  if (filter.archived === 'exclude') conditions.push(isNull(groups.archivedAt));
  if (filter.archived === 'only') conditions.push(isNotNull(groups.archivedAt));
  return conditions;
}

export async function listGroups(
  tx: Executor,
  filter: GroupFilter,
  page: { limit: number; offset: number },
) {
  const where = and(...filterConditions(filter));
  const items = await selectGroups(tx)
    .where(where)
    .orderBy(asc(groups.name), asc(groups.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(groups).where(where);
  return { items: items as GroupListRow[], total: total?.n ?? 0 };
}

export async function findGroup(tx: Executor, orgId: string, groupId: string) {
  const [row] = await selectGroups(tx).where(and(eq(groups.orgId, orgId), eq(groups.id, groupId)));
  return (row as GroupListRow | undefined) ?? null;
}

export async function insertGroup(tx: Executor, orgId: string, values: GroupValues) {
  const [row] = await tx
    .insert(groups)
    .values({ ...values, orgId })
    .returning({ id: groups.id });
  return row!.id;
}

export async function updateGroup(
  tx: Executor,
  orgId: string,
  groupId: string,
  values: Partial<GroupValues>,
) {
  await tx
    .update(groups)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(groups.orgId, orgId), eq(groups.id, groupId)));
}

export async function deleteGroup(tx: Executor, orgId: string, groupId: string) {
  await tx.delete(groups).where(and(eq(groups.orgId, orgId), eq(groups.id, groupId)));
}

/** What would be left pointing at the group: participants (even anonymised), sessions, journeys. */
export async function countDependents(tx: Executor, groupId: string) {
  const [row] = await tx
    .select({
      participants: sql<number>`(select count(*)::int from ${participants} where ${participants.groupId} = ${groupId})`,
      sessions: sql<number>`(select count(*)::int from ${sessionGroups} where ${sessionGroups.groupId} = ${groupId})`,
      journeys: sql<number>`(select count(*)::int from ${journeys} where ${journeys.groupId} = ${groupId})`,
    })
    .from(sql`(select 1) as one`);
  return row!;
}

export async function memberRole(tx: Executor, orgId: string, userId: string) {
  const [row] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

export async function partnerExists(tx: Executor, orgId: string, partnerId: string) {
  const [row] = await tx
    .select({ id: partners.id })
    .from(partners)
    .where(and(eq(partners.orgId, orgId), eq(partners.id, partnerId)));
  return !!row;
}
