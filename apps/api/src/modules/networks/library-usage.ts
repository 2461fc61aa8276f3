// What an organisation did with the library, inside its own tenant transaction: the copies it
// made, and how they were used (journeys from a copied template or holding a copied resource,
// their held sessions, the people present), counted exactly and kept as its own data. The
// library sums these over organisations and shows people only from 5 on.
import { rowsOf, schema, type TuttiDatabase, type Tx } from '@tutti/db';
import { desc, eq, sql } from 'drizzle-orm';

const { libraryCopies, libraryUsage } = schema;

export type CopyTarget = (typeof libraryCopies.$inferSelect)['target'];

export async function insertCopy(tx: Tx, values: typeof libraryCopies.$inferInsert) {
  await tx.insert(libraryCopies).values(values);
}

/** The organisation's copies of one entry, latest first. */
export async function copiesOf(tx: Tx, entryId: string) {
  return tx
    .select()
    .from(libraryCopies)
    .where(eq(libraryCopies.entryId, entryId))
    .orderBy(desc(libraryCopies.copiedAt));
}

type UsageRow = { entry_id: string; journeys: number; sessions: number; people: number };

/** Counts, inside the transaction's organisation, the use of every entry it copied. */
export async function countUsage(tx: Tx, now: Date): Promise<UsageRow[]> {
  return rowsOf<UsageRow>(
    tx,
    sql`
    with copies as (
      select entry_id, target, target_id from library_copies where target_id is not null
    ), used as (
      select c.entry_id, j.id as journey_id
        from copies c join journeys j on c.target = 'journey_template' and j.template_id = c.target_id
      union
      select c.entry_id, j.id
        from copies c
        join space_entries e on c.target = 'space_resource' and e.resource_id = c.target_id
        join journeys j on j.id = e.journey_id
          or (e.journey_id is null and j.project_id = e.project_id and j.template_id = e.template_id)
    )
    select u.entry_id,
      count(distinct u.journey_id)::int as journeys,
      count(distinct s.id)::int as sessions,
      count(distinct m.participant_id)::int as people
    from used u
    left join sessions s on s.journey_id = u.journey_id
      and s.status <> 'cancelled' and s.starts_at < ${now.toISOString()}::timestamptz
    left join attendance_marks m on m.session_id = s.id and m.status = 'present'
    group by u.entry_id`,
  );
}

/** Recounts and stores the organisation's usage of each entry it copied (zero when unused). */
export async function refreshLibraryUsage(
  database: TuttiDatabase,
  orgId: string,
  now = new Date(),
) {
  await database.withTenant({ orgId, userId: null, sensitive: false }, async (tx) => {
    const copied = await tx.selectDistinct({ entryId: libraryCopies.entryId }).from(libraryCopies);
    if (copied.length === 0) return;
    const counted = new Map((await countUsage(tx, now)).map((row) => [row.entry_id, row]));
    const computedAt = new Date();
    const values = copied.map(({ entryId }) => {
      const row = counted.get(entryId);
      return {
        orgId,
        entryId,
        journeys: row?.journeys ?? 0,
        sessions: row?.sessions ?? 0,
        people: row?.people ?? 0,
        computedAt,
      };
    });
    await tx
      .insert(libraryUsage)
      .values(values)
      .onConflictDoUpdate({
        target: [libraryUsage.orgId, libraryUsage.entryId],
        set: {
          journeys: sql`excluded.journeys`,
          sessions: sql`excluded.sessions`,
          people: sql`excluded.people`,
          computedAt,
        },
      });
  });
}
