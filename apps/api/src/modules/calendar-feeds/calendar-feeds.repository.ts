// The only place with queries on calendar feeds, and the sessions a feed shows.
import type { CalendarFeedKind } from '@tutti/contracts';
import { type Executor, inTurn, schema } from '@tutti/db';
import { and, desc, eq, gte, inArray, isNull, lt, type SQL, sql } from 'drizzle-orm';
import { findSessionViews } from '../sessions';

const {
  artists,
  calendarFeeds,
  groups,
  memberships,
  sessionArtists,
  sessionGroups,
  sessions,
  users,
} = schema;

const targetName = sql<string | null>`coalesce(
  (select a.display_name from artists a where a.id = calendar_feeds.target_id and calendar_feeds.kind = 'artist'),
  (select g.name from groups g where g.id = calendar_feeds.target_id and calendar_feeds.kind = 'group'),
  (select c.name || ' — ' || p.name from choir_parts p join choirs c on c.id = p.choir_id
    where p.id = calendar_feeds.target_id and calendar_feeds.kind = 'choirPart'))`;

export type FeedRow = { feed: typeof calendarFeeds.$inferSelect; targetName: string | null };

export async function insertFeed(tx: Executor, values: typeof calendarFeeds.$inferInsert) {
  const [row] = await tx.insert(calendarFeeds).values(values).returning();
  return row!;
}

export async function listFeeds(
  tx: Executor,
  options: {
    kind?: CalendarFeedKind | undefined;
    targetIds?: string[] | undefined;
    includeRevoked: boolean;
  },
): Promise<FeedRow[]> {
  const where: SQL | undefined = and(
    options.kind ? eq(calendarFeeds.kind, options.kind) : undefined,
    options.targetIds ? inArray(calendarFeeds.targetId, options.targetIds) : undefined,
    options.includeRevoked ? undefined : isNull(calendarFeeds.revokedAt),
  );
  return tx
    .select({ feed: calendarFeeds, targetName })
    .from(calendarFeeds)
    .where(where)
    .orderBy(desc(calendarFeeds.createdAt))
    .limit(500);
}

export async function findFeed(tx: Executor, feedId: string): Promise<FeedRow | null> {
  const [row] = await tx
    .select({ feed: calendarFeeds, targetName })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.id, feedId));
  return row ?? null;
}

export async function revokeFeed(tx: Executor, feedId: string) {
  await tx
    .update(calendarFeeds)
    .set({ revokedAt: new Date() })
    .where(and(eq(calendarFeeds.id, feedId), isNull(calendarFeeds.revokedAt)));
}

/** A feed of sessions: an artist's or a group's (a choir part's rehearsals are the choirs'). */
export type SessionFeedKind = Exclude<CalendarFeedKind, 'choirPart'>;

/** The name of an artist or a group of the organisation, or null when there is none. */
export async function findTarget(tx: Executor, kind: SessionFeedKind, targetId: string) {
  if (kind === 'artist') {
    const [row] = await tx
      .select({ name: artists.displayName, userId: artists.userId })
      .from(artists)
      .where(eq(artists.id, targetId));
    return row ? { name: row.name, ownerUserId: row.userId } : null;
  }
  const [row] = await tx
    .select({ name: groups.name, userId: groups.relayUserId })
    .from(groups)
    .where(eq(groups.id, targetId));
  return row ? { name: row.name, ownerUserId: row.userId } : null;
}

/** The artist records and groups a person holds: their own artist record, the groups they relay. */
export async function targetsOfUser(tx: Executor, userId: string) {
  const [ownArtists, ownGroups] = await inTurn(
    () => tx.select({ id: artists.id }).from(artists).where(eq(artists.userId, userId)),
    () => tx.select({ id: groups.id }).from(groups).where(eq(groups.relayUserId, userId)),
  );
  return [...ownArtists, ...ownGroups].map((r) => r.id);
}

/**
 * Looked up by the secret of its address, across organisations: runs as the owner. A feed
 * serves only while its creator is a member of its organisation: someone who left takes it along
 * (the service then checks they still hold its target, with the role they have now).
 */
export async function findActiveFeedByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({ feed: calendarFeeds, creatorLocale: users.locale, creatorRole: memberships.role })
    .from(calendarFeeds)
    .innerJoin(users, eq(users.id, calendarFeeds.createdBy))
    .innerJoin(
      memberships,
      and(eq(memberships.orgId, calendarFeeds.orgId), eq(memberships.userId, users.id)),
    )
    .where(and(eq(calendarFeeds.tokenHash, tokenHash), isNull(calendarFeeds.revokedAt)));
  return row ?? null;
}

/** The sessions of an artist or a group in a window, cancelled ones included. */
export async function feedSessions(
  tx: Executor,
  feed: { kind: SessionFeedKind; targetId: string },
  window: { from: Date; to: Date },
  limit: number,
) {
  const holders =
    feed.kind === 'artist'
      ? tx
          .select({ id: sessionArtists.sessionId })
          .from(sessionArtists)
          .where(eq(sessionArtists.artistId, feed.targetId))
      : tx
          .select({ id: sessionGroups.sessionId })
          .from(sessionGroups)
          .where(eq(sessionGroups.groupId, feed.targetId));
  return findSessionViews(
    tx,
    and(
      gte(sessions.startsAt, window.from),
      lt(sessions.startsAt, window.to),
      inArray(sessions.id, holders),
    ),
    limit,
  );
}
