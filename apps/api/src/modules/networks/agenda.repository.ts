// SQL for a network's agenda: the copies of members' published events. Runs as the owner;
// every query names its network (and, for a member's writes, the member).
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, gte, inArray, sql } from 'drizzle-orm';

const { networkEvents, networkMembers, organisations } = schema;

export type EventCopy = Omit<
  typeof networkEvents.$inferInsert,
  'id' | 'sequence' | 'createdAt' | 'updatedAt'
>;

/** Inserts the copy, or updates the one already there (same id; sequence raised on a change). */
export async function upsertEvent(db: Executor, copy: EventCopy) {
  const [row] = await db
    .insert(networkEvents)
    .values(copy)
    .onConflictDoUpdate({
      target: [networkEvents.networkId, networkEvents.memberOrgId, networkEvents.sessionId],
      set: {
        ...copy,
        sequence: sql`${networkEvents.sequence} + 1`,
        updatedAt: new Date(),
      },
    })
    .returning({ id: networkEvents.id });
  return row!.id;
}

export async function deleteEvent(
  db: Executor,
  key: { networkId: string; orgId: string; sessionId: string },
) {
  const rows = await db
    .delete(networkEvents)
    .where(
      and(
        eq(networkEvents.networkId, key.networkId),
        eq(networkEvents.memberOrgId, key.orgId),
        eq(networkEvents.sessionId, key.sessionId),
      ),
    )
    .returning({ id: networkEvents.id });
  return rows.length > 0;
}

/** Every copy an organisation published, in every network (to refresh them). */
export async function eventsOfOrganisation(db: Executor, orgId: string) {
  return db.select().from(networkEvents).where(eq(networkEvents.memberOrgId, orgId));
}

export async function deleteEventsByIds(db: Executor, ids: string[]) {
  if (ids.length > 0) await db.delete(networkEvents).where(inArray(networkEvents.id, ids));
}

const agendaColumns = {
  event: networkEvents,
  orgName: organisations.name,
  orgSlug: sql<
    string | null
  >`case when ${organisations.publicProfile} then ${organisations.publicSlug} end`,
  country: networkMembers.country,
};

/** Events of the network's active members ending from `from`, soonest first, one page. */
export async function listAgenda(
  db: Executor,
  networkId: string,
  options: { from: Date; category?: string | undefined; limit: number; offset: number },
) {
  const where = and(
    eq(networkEvents.networkId, networkId),
    gte(networkEvents.endsAt, options.from),
    options.category ? eq(networkEvents.category, options.category as never) : undefined,
  );
  const rows = await db
    .select(agendaColumns)
    .from(networkEvents)
    .innerJoin(
      networkMembers,
      and(
        eq(networkMembers.networkId, networkEvents.networkId),
        eq(networkMembers.memberOrgId, networkEvents.memberOrgId),
        eq(networkMembers.status, 'active'),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, networkEvents.memberOrgId))
    .where(where)
    .orderBy(asc(networkEvents.startsAt), asc(networkEvents.id))
    .limit(options.limit)
    .offset(options.offset);
  const [count] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(networkEvents)
    .innerJoin(
      networkMembers,
      and(
        eq(networkMembers.networkId, networkEvents.networkId),
        eq(networkMembers.memberOrgId, networkEvents.memberOrgId),
        eq(networkMembers.status, 'active'),
      ),
    )
    .where(where);
  return { rows, total: count?.n ?? 0 };
}

export type AgendaRow = Awaited<ReturnType<typeof listAgenda>>['rows'][number];

/** What one organisation published to one network. */
export async function eventsOfMember(db: Executor, networkId: string, orgId: string) {
  return db
    .select(agendaColumns)
    .from(networkEvents)
    .innerJoin(
      networkMembers,
      and(
        eq(networkMembers.networkId, networkEvents.networkId),
        eq(networkMembers.memberOrgId, networkEvents.memberOrgId),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, networkEvents.memberOrgId))
    .where(and(eq(networkEvents.networkId, networkId), eq(networkEvents.memberOrgId, orgId)))
    .orderBy(asc(networkEvents.startsAt), asc(networkEvents.id));
}
