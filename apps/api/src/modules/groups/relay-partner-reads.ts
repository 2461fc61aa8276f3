// Which partners a relay person speaks for, and where their groups come from: read by the box
// office (free seats through relays) inside its own transaction; the caller checks access.
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';

const { groups, partners } = schema;

/** The partners of the groups `userId` is the relay person of (archived groups included). */
export async function partnersRelayedBy(tx: Executor, userId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ partnerId: groups.partnerId })
    .from(groups)
    .where(and(eq(groups.relayUserId, userId), isNotNull(groups.partnerId)));
  return rows.flatMap((row) => (row.partnerId ? [row.partnerId] : []));
}

/** Partners (not archived) with a relay person following one of their current groups. */
export async function partnersWithRelays(tx: Executor): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ partnerId: groups.partnerId })
    .from(groups)
    .innerJoin(partners, eq(partners.id, groups.partnerId))
    .where(
      and(isNotNull(groups.relayUserId), isNull(groups.archivedAt), isNull(partners.archivedAt)),
    );
  return rows.flatMap((row) => (row.partnerId ? [row.partnerId] : []));
}

/** The communes the current groups of `partnerIds` come from, one row per group. */
export function groupCommunesOfPartners(tx: Executor, partnerIds: string[]) {
  if (partnerIds.length === 0) return Promise.resolve([]);
  return tx
    .select({ partnerId: groups.partnerId, communeCode: groups.communeCode })
    .from(groups)
    .where(
      and(
        inArray(groups.partnerId, partnerIds),
        isNull(groups.archivedAt),
        isNotNull(groups.communeCode),
      ),
    );
}

/** Groups by id with their partner's name and expected size, by name. */
export function findGroupSummaries(tx: Executor, groupIds: string[]) {
  if (groupIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      id: groups.id,
      name: groups.name,
      partnerName: partners.name,
      expectedSize: groups.expectedSize,
    })
    .from(groups)
    .leftJoin(partners, eq(partners.id, groups.partnerId))
    .where(inArray(groups.id, groupIds))
    .orderBy(asc(groups.name), asc(groups.id));
}
