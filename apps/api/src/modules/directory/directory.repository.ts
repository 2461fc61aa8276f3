// The only place with queries on ensembles, their places and the requests for support.
import { type Executor, schema } from '@tutti/db';
import {
  and,
  asc,
  count,
  desc,
  eq,
  exists,
  gte,
  inArray,
  isNull,
  lt,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';
import { containsFolded, folded } from '../../platform/text-search';

const { ensembles, ensemblePlaces, directorySupportRequests } = schema;

export type EnsembleRow = typeof ensembles.$inferSelect;
export type EnsembleValues = Omit<
  typeof ensembles.$inferInsert,
  'id' | 'orgId' | 'createdAt' | 'updatedAt'
>;
export type PlaceRow = typeof ensemblePlaces.$inferSelect;
export type PlaceValues = Omit<
  typeof ensemblePlaces.$inferInsert,
  'id' | 'orgId' | 'ensembleId' | 'position'
>;

export type EnsembleFilter = {
  q?: string | undefined;
  kind?: EnsembleRow['kind'] | undefined;
  status?: EnsembleRow['status'] | undefined;
  /** Confirmed at or after `from` and (when given) before `before`; `never` for unconfirmed. */
  confirmed?: { from?: Date; before?: Date; never?: boolean } | undefined;
};

function filterWhere(orgId: string, filter: EnsembleFilter): SQL {
  const conditions: SQL[] = [eq(ensembles.orgId, orgId)];
  if (filter.kind) conditions.push(eq(ensembles.kind, filter.kind));
  if (filter.status) conditions.push(eq(ensembles.status, filter.status));
  const confirmed = filter.confirmed;
  if (confirmed?.from) conditions.push(gte(ensembles.lastConfirmedAt, confirmed.from));
  if (confirmed?.before) {
    const before = lt(ensembles.lastConfirmedAt, confirmed.before);
    conditions.push(confirmed.never ? or(before, isNull(ensembles.lastConfirmedAt))! : before);
  }
  if (filter.q) {
    const inPlaces = exists(
      sql`(select 1 from ${ensemblePlaces} where ${ensemblePlaces.ensembleId} = ${ensembles.id} and ${containsFolded([ensemblePlaces.communeName, ensemblePlaces.label], filter.q)})`,
    );
    conditions.push(or(containsFolded([ensembles.name], filter.q), inPlaces)!);
  }
  return and(...conditions)!;
}

export async function listEnsembles(
  tx: Executor,
  orgId: string,
  filter: EnsembleFilter,
  page: { limit: number; offset: number },
) {
  const where = filterWhere(orgId, filter);
  const rows = await tx
    .select()
    .from(ensembles)
    .where(where)
    .orderBy(asc(folded(ensembles.name)), asc(ensembles.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(ensembles).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findEnsemble(tx: Executor, orgId: string, ensembleId: string) {
  const [row] = await tx
    .select()
    .from(ensembles)
    .where(and(eq(ensembles.orgId, orgId), eq(ensembles.id, ensembleId)));
  return row ?? null;
}

export async function findEnsembleByCode(tx: Executor, code: string) {
  const [row] = await tx.select().from(ensembles).where(eq(ensembles.publicCode, code));
  return row ?? null;
}

export async function findEnsembleByTokenHash(tx: Executor, tokenHash: string) {
  const [row] = await tx.select().from(ensembles).where(eq(ensembles.confirmTokenHash, tokenHash));
  return row ?? null;
}

export async function organisationName(tx: Executor, orgId: string) {
  const [row] = await tx
    .select({ name: schema.organisations.name })
    .from(schema.organisations)
    .where(eq(schema.organisations.id, orgId));
  return row?.name ?? '';
}

/** The places of some ensembles, in each one's order. */
export async function placesOf(tx: Executor, ensembleIds: readonly string[]) {
  if (ensembleIds.length === 0) return [];
  return tx
    .select()
    .from(ensemblePlaces)
    .where(inArray(ensemblePlaces.ensembleId, [...ensembleIds]))
    .orderBy(asc(ensemblePlaces.ensembleId), asc(ensemblePlaces.position));
}

export async function insertEnsemble(tx: Executor, orgId: string, values: EnsembleValues) {
  const [row] = await tx
    .insert(ensembles)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function updateEnsemble(
  tx: Executor,
  orgId: string,
  ensembleId: string,
  values: Partial<EnsembleValues>,
) {
  const [row] = await tx
    .update(ensembles)
    .set({ ...values, updatedAt: new Date() })
    .where(and(eq(ensembles.orgId, orgId), eq(ensembles.id, ensembleId)))
    .returning();
  return row ?? null;
}

export async function deleteEnsemble(tx: Executor, orgId: string, ensembleId: string) {
  await tx.delete(ensembles).where(and(eq(ensembles.orgId, orgId), eq(ensembles.id, ensembleId)));
}

/** The new list replaces the old one, inside the caller's transaction. */
export async function replacePlaces(
  tx: Executor,
  orgId: string,
  ensembleId: string,
  places: readonly PlaceValues[],
) {
  await tx.delete(ensemblePlaces).where(eq(ensemblePlaces.ensembleId, ensembleId));
  if (places.length === 0) return;
  await tx
    .insert(ensemblePlaces)
    .values(places.map((place, position) => ({ ...place, orgId, ensembleId, position })));
}

/** What the matching index holds: published listings with their places, as compact rows. */
export async function matchingRows(tx: Executor) {
  return tx
    .select({
      id: ensembles.id,
      name: ensembles.name,
      kind: ensembles.kind,
      publicCode: ensembles.publicCode,
      source: ensembles.source,
      status: ensembles.status,
      lastConfirmedAt: ensembles.lastConfirmedAt,
      rehearsals: ensembles.rehearsals,
      levels: ensembles.levels,
      auditionRequired: ensembles.auditionRequired,
      partsSought: ensembles.partsSought,
      genres: ensembles.genres,
      ageBands: ensembles.ageBands,
      workingLanguages: ensembles.workingLanguages,
      latitude: ensemblePlaces.latitude,
      longitude: ensemblePlaces.longitude,
      communeCode: ensemblePlaces.communeCode,
      communeName: ensemblePlaces.communeName,
      label: ensemblePlaces.label,
    })
    .from(ensembles)
    .innerJoin(ensemblePlaces, eq(ensemblePlaces.ensembleId, ensembles.id))
    .where(eq(ensembles.status, 'published'));
}

/** Published listings confirmed since `since`, for the public directory, by name. */
export async function listVisible(tx: Executor, since: Date, limit: number) {
  const where = and(eq(ensembles.status, 'published'), gte(ensembles.lastConfirmedAt, since));
  const rows = await tx
    .select()
    .from(ensembles)
    .where(where)
    .orderBy(asc(folded(ensembles.name)), asc(ensembles.id))
    .limit(limit);
  const [total] = await tx.select({ n: count() }).from(ensembles).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function visibleCodes(tx: Executor, since: Date) {
  const rows = await tx
    .select({ code: ensembles.publicCode })
    .from(ensembles)
    .where(and(eq(ensembles.status, 'published'), gte(ensembles.lastConfirmedAt, since)))
    .orderBy(asc(ensembles.publicCode));
  return rows.map((row) => row.code);
}

/**
 * Published listings of every organisation whose contact should get a re-confirmation e-mail:
 * the first once confirmed before `dueBefore` (6 months), the last call once confirmed before
 * `lastCallBefore` (11 months); each once per confirmation.
 */
export async function listDueForReminder(
  db: Executor,
  options: { dueBefore: Date; lastCallBefore: Date; limit: number },
) {
  return db
    .select()
    .from(ensembles)
    .where(
      and(
        eq(ensembles.status, 'published'),
        lt(ensembles.lastConfirmedAt, options.dueBefore),
        sql`${ensembles.contactEmail} is not null`,
        or(
          isNull(ensembles.reminderSentAt),
          lt(ensembles.reminderSentAt, ensembles.lastConfirmedAt),
          and(
            lt(ensembles.lastConfirmedAt, options.lastCallBefore),
            sql`${ensembles.reminderSentAt} < ${ensembles.lastConfirmedAt} + interval '11 months'`,
          ),
        ),
      ),
    )
    .orderBy(asc(ensembles.lastConfirmedAt))
    .limit(options.limit);
}

export async function insertSupportRequest(
  tx: Executor,
  orgId: string,
  values: Omit<typeof directorySupportRequests.$inferInsert, 'id' | 'orgId' | 'createdAt'>,
) {
  const [row] = await tx
    .insert(directorySupportRequests)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function listSupportRequests(tx: Executor, page: { limit: number; offset: number }) {
  const rows = await tx
    .select()
    .from(directorySupportRequests)
    .orderBy(desc(directorySupportRequests.createdAt))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(directorySupportRequests);
  return { rows, total: total?.n ?? 0 };
}

/** The requests for support per commune: how many, and how many nobody handled yet. */
export function supportRequestCountsByCommune(tx: Executor) {
  return tx
    .select({
      communeCode: directorySupportRequests.communeCode,
      communeName: sql<string>`min(${directorySupportRequests.communeName})`,
      count: count(),
      waiting: sql<number>`(count(*) filter (where ${directorySupportRequests.handledAt} is null and ${directorySupportRequests.anonymisedAt} is null))::int`,
    })
    .from(directorySupportRequests)
    .groupBy(directorySupportRequests.communeCode)
    .orderBy(asc(directorySupportRequests.communeCode));
}

export async function findSupportRequest(tx: Executor, orgId: string, requestId: string) {
  const [row] = await tx
    .select()
    .from(directorySupportRequests)
    .where(
      and(eq(directorySupportRequests.orgId, orgId), eq(directorySupportRequests.id, requestId)),
    );
  return row ?? null;
}

export async function setSupportRequestHandled(
  tx: Executor,
  orgId: string,
  requestId: string,
  handledAt: Date | null,
) {
  const [row] = await tx
    .update(directorySupportRequests)
    .set({ handledAt })
    .where(
      and(eq(directorySupportRequests.orgId, orgId), eq(directorySupportRequests.id, requestId)),
    )
    .returning();
  return row ?? null;
}

export async function deleteSupportRequest(tx: Executor, orgId: string, requestId: string) {
  const rows = await tx
    .delete(directorySupportRequests)
    .where(
      and(eq(directorySupportRequests.orgId, orgId), eq(directorySupportRequests.id, requestId)),
    )
    .returning({ id: directorySupportRequests.id });
  return rows.length > 0;
}

/** What an anonymised request keeps: its commune and dates (the map's demand), no person. */
const ANONYMISED = { name: null, contactEmail: null, contactPhone: null, message: null } as const;

/** A person's requests for support, by the e-mail address or phone number they gave. */
export function supportRequestsTo(tx: Executor, addresses: readonly string[]) {
  if (addresses.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(directorySupportRequests)
    .where(
      and(
        isNull(directorySupportRequests.anonymisedAt),
        or(
          inArray(directorySupportRequests.contactEmail, [...addresses]),
          inArray(directorySupportRequests.contactPhone, [...addresses]),
        ),
      ),
    )
    .orderBy(asc(directorySupportRequests.createdAt));
}

export async function anonymiseSupportRequestsTo(tx: Executor, addresses: readonly string[]) {
  const ids = (await supportRequestsTo(tx, addresses)).map((row) => row.id);
  if (ids.length === 0) return 0;
  await tx
    .update(directorySupportRequests)
    .set({ ...ANONYMISED, anonymisedAt: new Date() })
    .where(inArray(directorySupportRequests.id, ids));
  return ids.length;
}

/**
 * Clears the person of up to `limit` requests handled before `handledBefore`, or never handled
 * and received before `receivedBefore`; returns their organisations. Runs as the owner, across
 * organisations, skipping rows another purge holds.
 */
export async function anonymiseExpiredSupportRequests(
  tx: Executor,
  handledBefore: Date,
  receivedBefore: Date,
  limit: number,
): Promise<{ orgId: string }[]> {
  const due = await tx
    .select({ id: directorySupportRequests.id, orgId: directorySupportRequests.orgId })
    .from(directorySupportRequests)
    .where(
      and(
        isNull(directorySupportRequests.anonymisedAt),
        or(
          lt(directorySupportRequests.handledAt, handledBefore),
          and(
            isNull(directorySupportRequests.handledAt),
            lt(directorySupportRequests.createdAt, receivedBefore),
          ),
        ),
      ),
    )
    .limit(limit)
    .for('update', { skipLocked: true });
  if (due.length === 0) return [];
  await tx
    .update(directorySupportRequests)
    .set({ ...ANONYMISED, anonymisedAt: new Date() })
    .where(
      inArray(
        directorySupportRequests.id,
        due.map((row) => row.id),
      ),
    );
  return due;
}
