// The only place with SQL on rehearsal series, rehearsals, RSVPs and attendance marks.
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, asc, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';

const { choirRehearsalSeries, choirRehearsals, choirRsvps, choirAttendanceMarks, choirSeasons } =
  schema;

export type RehearsalRow = typeof choirRehearsals.$inferSelect;
type RehearsalValues = Omit<typeof choirRehearsals.$inferInsert, 'id' | 'orgId'>;

export async function insertSeries(
  tx: Executor,
  orgId: string,
  values: Omit<typeof choirRehearsalSeries.$inferInsert, 'id' | 'orgId'>,
) {
  const [row] = await tx
    .insert(choirRehearsalSeries)
    .values({ ...values, orgId })
    .returning({ id: choirRehearsalSeries.id });
  return row!.id;
}

export async function insertRehearsals(tx: Executor, orgId: string, values: RehearsalValues[]) {
  if (values.length === 0) return [];
  return tx
    .insert(choirRehearsals)
    .values(values.map((v) => ({ ...v, orgId })))
    .returning({ id: choirRehearsals.id });
}

/** A rehearsal with its choir (through its season), or null. */
export async function findRehearsal(tx: Executor, rehearsalId: string) {
  const [row] = await tx
    .select({ rehearsal: choirRehearsals, choirId: choirSeasons.choirId })
    .from(choirRehearsals)
    .innerJoin(choirSeasons, eq(choirSeasons.id, choirRehearsals.seasonId))
    .where(eq(choirRehearsals.id, rehearsalId));
  return row ?? null;
}

export async function updateRehearsal(
  tx: Executor,
  rehearsalId: string,
  values: Partial<Pick<RehearsalRow, 'status' | 'startsAt' | 'endsAt' | 'note'>>,
) {
  if (Object.keys(values).length === 0) return;
  await tx.update(choirRehearsals).set(values).where(eq(choirRehearsals.id, rehearsalId));
}

export async function listRehearsals(
  tx: Executor,
  seasonId: string,
  options: { when: 'upcoming' | 'past' | 'all'; limit: number; now: Date; siteId?: string },
) {
  const when =
    options.when === 'upcoming'
      ? gte(choirRehearsals.endsAt, options.now)
      : options.when === 'past'
        ? lt(choirRehearsals.endsAt, options.now)
        : undefined;
  const site = options.siteId
    ? sql`(${choirRehearsals.siteId} is null or ${choirRehearsals.siteId} = ${options.siteId})`
    : undefined;
  return tx
    .select()
    .from(choirRehearsals)
    .where(and(eq(choirRehearsals.seasonId, seasonId), when, site))
    .orderBy(
      options.when === 'past' ? desc(choirRehearsals.startsAt) : asc(choirRehearsals.startsAt),
    )
    .limit(options.limit);
}

/** Every rehearsal of the season, in order: the readiness view counts what is left. */
export async function rehearsalsOfSeason(tx: Executor, seasonId: string) {
  return tx
    .select({
      id: choirRehearsals.id,
      kind: choirRehearsals.kind,
      status: choirRehearsals.status,
      siteId: choirRehearsals.siteId,
      startsAt: choirRehearsals.startsAt,
    })
    .from(choirRehearsals)
    .where(eq(choirRehearsals.seasonId, seasonId))
    .orderBy(asc(choirRehearsals.startsAt));
}

export async function rsvpsOf(tx: Executor, rehearsalIds: string[]) {
  if (rehearsalIds.length === 0) return [];
  return tx
    .select({
      rehearsalId: choirRsvps.rehearsalId,
      memberId: choirRsvps.memberId,
      answer: choirRsvps.answer,
    })
    .from(choirRsvps)
    .where(inArray(choirRsvps.rehearsalId, rehearsalIds));
}

export async function upsertRsvp(
  tx: Executor,
  orgId: string,
  value: { rehearsalId: string; memberId: string; answer: 'yes' | 'maybe' | 'no' },
) {
  await tx
    .insert(choirRsvps)
    .values({ ...value, orgId })
    .onConflictDoUpdate({
      target: [choirRsvps.rehearsalId, choirRsvps.memberId],
      set: { answer: value.answer, updatedAt: sql`now()` },
    });
}

export type SettledMark = { rehearsalId: string; memberId: string; status: string };

/** The mark that counts per singer of each rehearsal: the latest device time, then device, op id. */
export async function settledMarks(tx: Executor, rehearsalIds: string[]) {
  if (rehearsalIds.length === 0) return [];
  return rowsOf<SettledMark>(
    tx,
    sql`select distinct on (rehearsal_id, member_id) rehearsal_id as "rehearsalId",
          member_id as "memberId", status
        from ${choirAttendanceMarks}
        where rehearsal_id = any(string_to_array(${rehearsalIds.join(',')}, ',')::uuid[])
        order by rehearsal_id, member_id, recorded_at desc, device_id desc, op_id desc`,
  );
}

/** The op id of the mark that counts, per `rehearsal|member` of the rehearsals. */
export async function settledMarkOps(tx: Executor, rehearsalIds: string[]) {
  const rows = await rowsOf<{ target: string; opId: string }>(
    tx,
    sql`select distinct on (rehearsal_id, member_id) rehearsal_id || '|' || member_id as target,
          op_id as "opId"
        from ${choirAttendanceMarks}
        where rehearsal_id = any(string_to_array(${rehearsalIds.join(',')}, ',')::uuid[])
        order by rehearsal_id, member_id, recorded_at desc, device_id desc, op_id desc`,
  );
  return new Map(rows.map((row) => [row.target, row.opId]));
}

export type MarkValues = Omit<typeof choirAttendanceMarks.$inferInsert, 'receivedAt'>;

export async function insertMarks(tx: Executor, values: MarkValues[]) {
  if (values.length === 0) return;
  await tx.insert(choirAttendanceMarks).values(values).onConflictDoNothing();
}

/** What a batch of attendance operations refers to: rehearsals with their choir, and members. */
export async function markFacts(tx: Executor, rehearsalIds: string[], memberIds: string[]) {
  const rehearsals = await rowsOf<{
    id: string;
    choirId: string;
    seasonId: string;
    siteId: string | null;
    status: string;
  }>(
    tx,
    sql`select r.id, s.choir_id as "choirId", r.season_id as "seasonId", r.site_id as "siteId",
          r.status
        from choir_rehearsals r join choir_seasons s on s.id = r.season_id
        where r.id = any(string_to_array(${rehearsalIds.join(',')}, ',')::uuid[])`,
  );
  const members = await rowsOf<{
    id: string;
    choirId: string;
    siteId: string;
    guestSeasonId: string | null;
  }>(
    tx,
    sql`select id, choir_id as "choirId", site_id as "siteId", guest_season_id as "guestSeasonId"
        from choir_members
        where active and id = any(string_to_array(${memberIds.join(',')}, ',')::uuid[])`,
  );
  return {
    rehearsals: new Map(rehearsals.map((row) => [row.id, row])),
    members: new Map(members.map((row) => [row.id, row])),
  };
}

/**
 * A part's rehearsals in a window, cancelled ones included: the whole choir's, and those of the
 * sites where the part has singers in the rehearsal's season (guests of that season included).
 */
export async function rehearsalsOfPart(
  tx: Executor,
  partId: string,
  window: { from: Date; to: Date },
  limit: number,
) {
  const { choirParts, choirSites, venues } = schema;
  return tx
    .select({
      id: choirRehearsals.id,
      kind: choirRehearsals.kind,
      status: choirRehearsals.status,
      startsAt: choirRehearsals.startsAt,
      endsAt: choirRehearsals.endsAt,
      note: choirRehearsals.note,
      timeZone: sql<string>`coalesce(${choirRehearsalSeries.timeZone}, 'Europe/Paris')`,
      siteName: choirSites.name,
      venue: {
        name: venues.name,
        addressLine: venues.addressLine,
        postalCode: venues.postalCode,
        communeName: venues.communeName,
      },
    })
    .from(choirRehearsals)
    .innerJoin(choirSeasons, eq(choirSeasons.id, choirRehearsals.seasonId))
    .innerJoin(
      choirParts,
      and(eq(choirParts.id, partId), eq(choirParts.choirId, choirSeasons.choirId)),
    )
    .leftJoin(choirRehearsalSeries, eq(choirRehearsalSeries.id, choirRehearsals.seriesId))
    .leftJoin(choirSites, eq(choirSites.id, choirRehearsals.siteId))
    .leftJoin(venues, eq(venues.id, choirSites.venueId))
    .where(
      and(
        gte(choirRehearsals.startsAt, window.from),
        lt(choirRehearsals.startsAt, window.to),
        sql`(${choirRehearsals.siteId} is null or exists (
          select 1 from choir_members m
          where m.part_id = ${partId} and m.site_id = ${choirRehearsals.siteId} and m.active
            and (m.guest_season_id is null or m.guest_season_id = ${choirRehearsals.seasonId})))`,
      ),
    )
    .orderBy(asc(choirRehearsals.startsAt))
    .limit(limit);
}
