// The only place with queries on venues, their weekly availability and blackout dates.
import { type Executor, schema } from '@tutti/db';
import { and, asc, count, eq, isNull, type SQL } from 'drizzle-orm';
import { containsFolded, folded } from '../../platform/text-search';

const { venues, venueAvailability, venueBlackouts, partners } = schema;

export type VenueRow = typeof venues.$inferSelect;
export type VenueValues = Omit<typeof venues.$inferInsert, 'id' | 'orgId' | 'createdAt'>;
export type WindowValues = { weekday: number; startsAt: string; endsAt: string };
export type BlackoutValues = { startsOn: string; endsOn: string; reason?: string | null };

export type VenueFilter = {
  q?: string | undefined;
  kind?: VenueRow['kind'] | undefined;
  partnerId?: string | undefined;
  stepFreeAccess?: boolean | undefined;
  includeArchived: boolean;
};

function filterWhere(orgId: string, filter: VenueFilter): SQL {
  const conditions: SQL[] = [eq(venues.orgId, orgId)];
  if (!filter.includeArchived) conditions.push(isNull(venues.archivedAt));
  if (filter.kind) conditions.push(eq(venues.kind, filter.kind));
  if (filter.partnerId) conditions.push(eq(venues.partnerId, filter.partnerId));
  if (filter.stepFreeAccess !== undefined) {
    conditions.push(eq(venues.stepFreeAccess, filter.stepFreeAccess));
  }
  if (filter.q) {
    conditions.push(containsFolded([venues.name, venues.communeName, venues.postalCode], filter.q));
  }
  return and(...conditions)!;
}

export async function listVenues(
  tx: Executor,
  orgId: string,
  filter: VenueFilter,
  page: { limit: number; offset: number },
) {
  const where = filterWhere(orgId, filter);
  const rows = await tx
    .select()
    .from(venues)
    .where(where)
    .orderBy(asc(folded(venues.name)), asc(venues.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(venues).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findVenue(tx: Executor, orgId: string, venueId: string) {
  const [row] = await tx
    .select({ venue: venues, partner: { id: partners.id, name: partners.name } })
    .from(venues)
    .leftJoin(partners, eq(partners.id, venues.partnerId))
    .where(and(eq(venues.orgId, orgId), eq(venues.id, venueId)));
  return row ?? null;
}

export async function insertVenue(
  tx: Executor,
  orgId: string,
  values: VenueValues & Pick<VenueRow, 'name' | 'kind'>,
) {
  const [row] = await tx
    .insert(venues)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function updateVenue(
  tx: Executor,
  orgId: string,
  venueId: string,
  values: Partial<VenueValues>,
) {
  await tx
    .update(venues)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(venues.orgId, orgId), eq(venues.id, venueId)));
}

export async function deleteVenue(tx: Executor, orgId: string, venueId: string) {
  await tx.delete(venues).where(and(eq(venues.orgId, orgId), eq(venues.id, venueId)));
}

export async function listWindows(tx: Executor, venueId: string) {
  return tx
    .select()
    .from(venueAvailability)
    .where(eq(venueAvailability.venueId, venueId))
    .orderBy(asc(venueAvailability.weekday), asc(venueAvailability.startsAt));
}

export async function listBlackouts(tx: Executor, venueId: string) {
  return tx
    .select()
    .from(venueBlackouts)
    .where(eq(venueBlackouts.venueId, venueId))
    .orderBy(asc(venueBlackouts.startsOn), asc(venueBlackouts.endsOn));
}

/** The new list replaces the old one, inside the caller's transaction. */
export async function replaceWindows(
  tx: Executor,
  orgId: string,
  venueId: string,
  windows: WindowValues[],
) {
  await tx.delete(venueAvailability).where(eq(venueAvailability.venueId, venueId));
  if (windows.length > 0) {
    await tx.insert(venueAvailability).values(windows.map((w) => ({ ...w, orgId, venueId })));
  }
}

export async function replaceBlackouts(
  tx: Executor,
  orgId: string,
  venueId: string,
  blackouts: BlackoutValues[],
) {
  await tx.delete(venueBlackouts).where(eq(venueBlackouts.venueId, venueId));
  if (blackouts.length > 0) {
    await tx.insert(venueBlackouts).values(
      blackouts.map((b) => ({
        startsOn: b.startsOn,
        endsOn: b.endsOn,
        reason: b.reason ?? null,
        orgId,
        venueId,
      })),
    );
  }
}

/** Sessions placed at the venue, whatever their status: they keep it in their history. */
export async function countVenueDependents(tx: Executor, venueId: string) {
  return { sessions: await tx.$count(schema.sessions, eq(schema.sessions.venueId, venueId)) };
}
