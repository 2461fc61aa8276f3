// The only place with queries on artists, their weekly availability and unavailable dates.
import { type Executor, schema } from '@tutti/db';
import { and, asc, count, eq, isNull, ne, type SQL, sql } from 'drizzle-orm';
import { containsFolded, folded } from '../../platform/text-search';

const { artists, artistAvailability, artistUnavailability, users, memberships } = schema;

export type ArtistRow = typeof artists.$inferSelect;
export type ArtistValues = Omit<typeof artists.$inferInsert, 'id' | 'orgId' | 'createdAt'>;
export type WindowValues = { weekday: number; startsAt: string; endsAt: string };
export type DateRangeValues = { startsOn: string; endsOn: string; reason?: string | null };

export type ArtistFilter = {
  q?: string | undefined;
  skill?: ArtistRow['skills'][number] | undefined;
  /** Only the record linked to this account (what an artist sees of the list). */
  userId?: string | undefined;
  includeArchived: boolean;
};

function filterWhere(orgId: string, filter: ArtistFilter): SQL {
  const conditions: SQL[] = [eq(artists.orgId, orgId)];
  if (!filter.includeArchived) conditions.push(isNull(artists.archivedAt));
  if (filter.userId) conditions.push(eq(artists.userId, filter.userId));
  if (filter.skill) conditions.push(sql`${filter.skill} = any(${artists.skills})`);
  if (filter.q) {
    conditions.push(
      containsFolded(
        [
          artists.displayName,
          artists.homeCommuneName,
          sql`array_to_string(${artists.instruments}, ' ')`,
        ],
        filter.q,
      ),
    );
  }
  return and(...conditions)!;
}

export async function listArtists(
  tx: Executor,
  orgId: string,
  filter: ArtistFilter,
  page: { limit: number; offset: number },
) {
  const where = filterWhere(orgId, filter);
  const rows = await tx
    .select()
    .from(artists)
    .where(where)
    .orderBy(asc(folded(artists.displayName)), asc(artists.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(artists).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findArtist(tx: Executor, orgId: string, artistId: string) {
  const [row] = await tx
    .select({ artist: artists, user: { id: users.id, displayName: users.displayName } })
    .from(artists)
    .leftJoin(users, eq(users.id, artists.userId))
    .where(and(eq(artists.orgId, orgId), eq(artists.id, artistId)));
  return row ?? null;
}

export async function insertArtist(
  tx: Executor,
  orgId: string,
  values: ArtistValues & Pick<ArtistRow, 'displayName'>,
) {
  const [row] = await tx
    .insert(artists)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function updateArtist(
  tx: Executor,
  orgId: string,
  artistId: string,
  values: Partial<ArtistValues>,
) {
  await tx
    .update(artists)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(artists.orgId, orgId), eq(artists.id, artistId)));
}

export async function deleteArtist(tx: Executor, orgId: string, artistId: string) {
  await tx.delete(artists).where(and(eq(artists.orgId, orgId), eq(artists.id, artistId)));
}

/** The member's role in the organisation, or null when the account is not a member. */
export async function memberRole(tx: Executor, orgId: string, userId: string) {
  const [row] = await tx
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row?.role ?? null;
}

/** Another artist record already linked to the account, if any. */
export async function artistLinkedTo(
  tx: Executor,
  orgId: string,
  userId: string,
  exceptArtistId?: string,
) {
  const [row] = await tx
    .select({ id: artists.id, displayName: artists.displayName })
    .from(artists)
    .where(
      and(
        eq(artists.orgId, orgId),
        eq(artists.userId, userId),
        exceptArtistId ? ne(artists.id, exceptArtistId) : undefined,
      ),
    );
  return row ?? null;
}

export async function listWindows(tx: Executor, artistId: string) {
  return tx
    .select()
    .from(artistAvailability)
    .where(eq(artistAvailability.artistId, artistId))
    .orderBy(asc(artistAvailability.weekday), asc(artistAvailability.startsAt));
}

export async function listUnavailability(tx: Executor, artistId: string) {
  return tx
    .select()
    .from(artistUnavailability)
    .where(eq(artistUnavailability.artistId, artistId))
    .orderBy(asc(artistUnavailability.startsOn), asc(artistUnavailability.endsOn));
}

/** The new list replaces the old one, inside the caller's transaction. */
export async function replaceWindows(
  tx: Executor,
  orgId: string,
  artistId: string,
  windows: WindowValues[],
) {
  await tx.delete(artistAvailability).where(eq(artistAvailability.artistId, artistId));
  if (windows.length > 0) {
    await tx.insert(artistAvailability).values(windows.map((w) => ({ ...w, orgId, artistId })));
  }
}

export async function replaceUnavailability(
  tx: Executor,
  orgId: string,
  artistId: string,
  ranges: DateRangeValues[],
) {
  await tx.delete(artistUnavailability).where(eq(artistUnavailability.artistId, artistId));
  if (ranges.length > 0) {
    await tx.insert(artistUnavailability).values(
      ranges.map((r) => ({
        startsOn: r.startsOn,
        endsOn: r.endsOn,
        reason: r.reason ?? null,
        orgId,
        artistId,
      })),
    );
  }
}

/** Sessions the artist is booked on, whatever their status. */
export async function countArtistDependents(tx: Executor, artistId: string) {
  return {
    sessions: await tx.$count(schema.sessionArtists, eq(schema.sessionArtists.artistId, artistId)),
  };
}
