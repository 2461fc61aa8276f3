// SQL for a network's shared library: entries, takedown requests, and the usage counted inside
// each organisation read side by side. Runs as the owner: every query names its network.
import type { LibraryQuery } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { foldText } from '@tutti/kit/text';
import { and, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { containsFolded, folded } from '../../platform/text-search';

const { libraryEntries, libraryTakedowns, libraryUsage, networkMembers, organisations } = schema;

export type EntryRow = typeof libraryEntries.$inferSelect;
export type EntryValues = typeof libraryEntries.$inferInsert;

const usageColumns = {
  organisations: sql<number>`(select count(*)::int from ${libraryUsage} u where u.entry_id = ${libraryEntries.id})`,
  journeys: sql<number>`(select coalesce(sum(u.journeys), 0)::int from ${libraryUsage} u where u.entry_id = ${libraryEntries.id})`,
  sessions: sql<number>`(select coalesce(sum(u.sessions), 0)::int from ${libraryUsage} u where u.entry_id = ${libraryEntries.id})`,
  people: sql<number>`(select coalesce(sum(u.people), 0)::int from ${libraryUsage} u where u.entry_id = ${libraryEntries.id})`,
};

const entryColumns = {
  entry: libraryEntries,
  ownerName: organisations.name,
  ...usageColumns,
};

export type EntryWithUsage = {
  entry: EntryRow;
  ownerName: string;
  organisations: number;
  journeys: number;
  sessions: number;
  people: number;
};

/** Entries of active members only: an organisation that left takes its entries out of sight. */
function activeOwner() {
  return and(
    eq(networkMembers.networkId, libraryEntries.networkId),
    eq(networkMembers.memberOrgId, libraryEntries.ownerOrgId),
    eq(networkMembers.status, 'active'),
  );
}

export async function insertEntry(db: Executor, values: EntryValues) {
  const [row] = await db.insert(libraryEntries).values(values).returning();
  return row!;
}

export async function updateEntry(db: Executor, entryId: string, values: Partial<EntryValues>) {
  const [row] = await db
    .update(libraryEntries)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(libraryEntries.id, entryId))
    .returning();
  return row!;
}

export async function deleteEntry(db: Executor, entryId: string) {
  await db.delete(libraryEntries).where(eq(libraryEntries.id, entryId));
}

/** One entry of the network, with its owner's name and usage; null when not there. */
export async function findEntry(
  db: Executor,
  networkId: string,
  entryId: string,
): Promise<EntryWithUsage | null> {
  const [row] = await db
    .select(entryColumns)
    .from(libraryEntries)
    .innerJoin(networkMembers, activeOwner())
    .innerJoin(organisations, eq(organisations.id, libraryEntries.ownerOrgId))
    .where(and(eq(libraryEntries.networkId, networkId), eq(libraryEntries.id, entryId)));
  return row ?? null;
}

/** Locks the entry for a change (versions, takedown decisions). */
export async function lockEntry(db: Executor, networkId: string, entryId: string) {
  const [row] = await db
    .select()
    .from(libraryEntries)
    .where(and(eq(libraryEntries.networkId, networkId), eq(libraryEntries.id, entryId)))
    .for('update');
  return row ?? null;
}

/** One page of the library, newest change first: shared entries, and the asker's own taken down. */
export async function listEntries(
  db: Executor,
  networkId: string,
  orgId: string,
  query: LibraryQuery,
) {
  const words = (query.q ?? '').split(/\s+/).filter((word) => word.length > 0);
  const conditions: (SQL | undefined)[] = [
    eq(libraryEntries.networkId, networkId),
    sql`(${libraryEntries.status} = 'shared' or ${libraryEntries.ownerOrgId} = ${orgId})`,
    ...words.map((word) => containsFolded([libraryEntries.searchText], word)),
    query.kind ? eq(libraryEntries.kind, query.kind) : undefined,
    query.language ? eq(libraryEntries.language, query.language) : undefined,
    query.audience ? sql`${query.audience} = any(${libraryEntries.audiences})` : undefined,
    query.tag
      ? sql`exists (select 1 from unnest(${libraryEntries.tags}) as t(tag) where ${folded(sql`t.tag`)} = ${foldText(query.tag)})`
      : undefined,
    query.mine === 'true' ? eq(libraryEntries.ownerOrgId, orgId) : undefined,
  ];
  const where = and(...conditions);
  const rows = await db
    .select(entryColumns)
    .from(libraryEntries)
    .innerJoin(networkMembers, activeOwner())
    .innerJoin(organisations, eq(organisations.id, libraryEntries.ownerOrgId))
    .where(where)
    .orderBy(desc(libraryEntries.updatedAt), desc(libraryEntries.id))
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await db
    .select({ n: count() })
    .from(libraryEntries)
    .innerJoin(networkMembers, activeOwner())
    .where(where);
  return { rows, total: total?.n ?? 0 };
}

// --- Takedown requests -------------------------------------------------------------------------

export async function insertTakedown(db: Executor, values: typeof libraryTakedowns.$inferInsert) {
  const [row] = await db.insert(libraryTakedowns).values(values).returning();
  return row!;
}

export async function countOpenTakedowns(db: Executor, entryId: string) {
  const [row] = await db
    .select({ n: count() })
    .from(libraryTakedowns)
    .where(and(eq(libraryTakedowns.entryId, entryId), eq(libraryTakedowns.status, 'open')));
  return row?.n ?? 0;
}

const requester = sql<string>`(select o.name from ${organisations} o where o.id = ${libraryTakedowns.requestedByOrgId})`;

/** The network's takedown requests, open first; `ownerOrgId` keeps those on its entries only. */
export async function listTakedowns(db: Executor, networkId: string, ownerOrgId: string | null) {
  return db
    .select({
      takedown: libraryTakedowns,
      entryTitle: libraryEntries.title,
      ownerOrgId: libraryEntries.ownerOrgId,
      requesterName: requester,
    })
    .from(libraryTakedowns)
    .innerJoin(libraryEntries, eq(libraryEntries.id, libraryTakedowns.entryId))
    .where(
      and(
        eq(libraryTakedowns.networkId, networkId),
        ownerOrgId ? eq(libraryEntries.ownerOrgId, ownerOrgId) : undefined,
      ),
    )
    .orderBy(
      sql`${libraryTakedowns.status} = 'open' desc`,
      desc(libraryTakedowns.createdAt),
      desc(libraryTakedowns.id),
    )
    .limit(500);
}

export async function lockTakedown(db: Executor, networkId: string, takedownId: string) {
  const [row] = await db
    .select({ takedown: libraryTakedowns, ownerOrgId: libraryEntries.ownerOrgId })
    .from(libraryTakedowns)
    .innerJoin(libraryEntries, eq(libraryEntries.id, libraryTakedowns.entryId))
    .where(and(eq(libraryTakedowns.networkId, networkId), eq(libraryTakedowns.id, takedownId)))
    .for('update', { of: libraryTakedowns });
  return row ?? null;
}

/** Closes one request, or every open request on the entry when one is upheld. */
export async function resolveTakedowns(
  db: Executor,
  ids: { takedownId: string; entryId: string; all: boolean },
  values: { status: 'upheld' | 'dismissed'; note: string | null },
) {
  const resolvedAt = new Date();
  await db
    .update(libraryTakedowns)
    .set({ status: values.status, note: values.note, resolvedAt })
    .where(eq(libraryTakedowns.id, ids.takedownId));
  if (ids.all) {
    await db
      .update(libraryTakedowns)
      .set({ status: values.status, note: values.note, resolvedAt })
      .where(and(eq(libraryTakedowns.entryId, ids.entryId), eq(libraryTakedowns.status, 'open')));
  }
}

export async function findTakedownRow(db: Executor, takedownId: string) {
  const rows = await db
    .select({
      takedown: libraryTakedowns,
      entryTitle: libraryEntries.title,
      ownerOrgId: libraryEntries.ownerOrgId,
      requesterName: requester,
    })
    .from(libraryTakedowns)
    .innerJoin(libraryEntries, eq(libraryEntries.id, libraryTakedowns.entryId))
    .where(inArray(libraryTakedowns.id, [takedownId]));
  return rows[0] ?? null;
}

export type TakedownRow = NonNullable<Awaited<ReturnType<typeof findTakedownRow>>>;
