// The only place with queries on group share links.
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';

const { groupShareLinks, groups, organisations } = schema;

export type GroupShareLinkRow = typeof groupShareLinks.$inferSelect;

export async function listLinks(tx: Executor, groupId: string) {
  return tx
    .select()
    .from(groupShareLinks)
    .where(eq(groupShareLinks.groupId, groupId))
    .orderBy(desc(groupShareLinks.createdAt))
    .limit(20);
}

export async function findLink(tx: Executor, groupId: string, linkId: string) {
  const [row] = await tx
    .select()
    .from(groupShareLinks)
    .where(and(eq(groupShareLinks.groupId, groupId), eq(groupShareLinks.id, linkId)));
  return row ?? null;
}

/** Revokes the group's current links (one at most); returns how many. */
export async function revokeCurrentLinks(tx: Executor, groupId: string, linkId?: string) {
  const revoked = await tx
    .update(groupShareLinks)
    .set({ revokedAt: sql`now()` })
    .where(
      and(
        eq(groupShareLinks.groupId, groupId),
        isNull(groupShareLinks.revokedAt),
        linkId ? eq(groupShareLinks.id, linkId) : undefined,
      ),
    )
    .returning({ id: groupShareLinks.id });
  return revoked.length;
}

export async function insertLink(
  tx: Executor,
  values: { orgId: string; groupId: string; token: string; note: string | null; createdBy: string },
) {
  const [row] = await tx.insert(groupShareLinks).values(values).returning();
  return row!;
}

/**
 * The current link with this token and its group, read as the owner: a visitor has no
 * organisation. Archived groups share nothing.
 */
export async function findCurrentLinkByToken(db: Executor, token: string) {
  const [row] = await db
    .select({
      orgId: groupShareLinks.orgId,
      groupId: groupShareLinks.groupId,
      note: groupShareLinks.note,
      groupName: groups.name,
      organisationName: organisations.name,
      timeZone: organisations.timeZone,
    })
    .from(groupShareLinks)
    .innerJoin(groups, eq(groups.id, groupShareLinks.groupId))
    .innerJoin(organisations, eq(organisations.id, groupShareLinks.orgId))
    .where(
      and(
        eq(groupShareLinks.token, token),
        isNull(groupShareLinks.revokedAt),
        isNull(groups.archivedAt),
      ),
    );
  return row ?? null;
}
