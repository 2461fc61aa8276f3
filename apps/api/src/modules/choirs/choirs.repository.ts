// The only place with SQL on choirs, their sites, parts, seasons and members.
import { type Executor, retainUntilFor, rowsOf, schema } from '@tutti/db';
import { and, asc, count, eq, inArray, isNull, or, sql } from 'drizzle-orm';

const { choirs, choirSites, choirParts, choirSeasons, choirMembers, participants, venues } = schema;

export type ChoirRow = typeof choirs.$inferSelect;
export type SiteRow = typeof choirSites.$inferSelect;
export type PartRow = typeof choirParts.$inferSelect;
export type SeasonRow = typeof choirSeasons.$inferSelect;
export type MemberValues = Omit<
  typeof choirMembers.$inferInsert,
  'id' | 'orgId' | 'createdAt' | 'updatedAt'
>;

export async function insertChoir(
  tx: Executor,
  orgId: string,
  values: { name: string; description: string | null },
) {
  const [row] = await tx
    .insert(choirs)
    .values({ orgId, ...values })
    .returning();
  return row!;
}

export async function insertSites(
  tx: Executor,
  orgId: string,
  values: Omit<typeof choirSites.$inferInsert, 'id' | 'orgId'>[],
) {
  return tx
    .insert(choirSites)
    .values(values.map((v) => ({ ...v, orgId })))
    .returning();
}

export async function insertParts(
  tx: Executor,
  orgId: string,
  values: Omit<typeof choirParts.$inferInsert, 'id' | 'orgId'>[],
) {
  return tx
    .insert(choirParts)
    .values(values.map((v) => ({ ...v, orgId })))
    .returning();
}

export async function insertSeason(
  tx: Executor,
  orgId: string,
  values: Omit<typeof choirSeasons.$inferInsert, 'id' | 'orgId' | 'createdAt' | 'updatedAt'>,
) {
  const [row] = await tx
    .insert(choirSeasons)
    .values({ ...values, orgId })
    .returning();
  return row!;
}

export async function insertMember(tx: Executor, orgId: string, values: MemberValues) {
  const [row] = await tx
    .insert(choirMembers)
    .values({ ...values, orgId })
    .onConflictDoNothing()
    .returning();
  return row ?? null;
}

export async function findChoir(tx: Executor, choirId: string) {
  const [row] = await tx.select().from(choirs).where(eq(choirs.id, choirId));
  return row ?? null;
}

export async function listChoirs(tx: Executor, orgId: string) {
  return tx
    .select({ id: choirs.id, name: choirs.name, members: count(choirMembers.id) })
    .from(choirs)
    .leftJoin(choirMembers, and(eq(choirMembers.choirId, choirs.id), eq(choirMembers.active, true)))
    .where(eq(choirs.orgId, orgId))
    .groupBy(choirs.id)
    .orderBy(asc(choirs.name));
}

/** The members an account is, with the parts each leads. */
export async function membersOfUser(tx: Executor, userId: string) {
  return tx
    .select({ id: choirMembers.id, choirId: choirMembers.choirId })
    .from(choirMembers)
    .where(and(eq(choirMembers.userId, userId), eq(choirMembers.active, true)));
}

export async function sitesOf(tx: Executor, choirId: string) {
  return tx
    .select({ site: choirSites, venueName: venues.name })
    .from(choirSites)
    .leftJoin(venues, eq(venues.id, choirSites.venueId))
    .where(eq(choirSites.choirId, choirId))
    .orderBy(asc(choirSites.position));
}

export async function partsOf(tx: Executor, choirId: string) {
  return tx
    .select()
    .from(choirParts)
    .where(eq(choirParts.choirId, choirId))
    .orderBy(asc(choirParts.position));
}

export async function seasonsOf(tx: Executor, choirId: string) {
  return tx
    .select()
    .from(choirSeasons)
    .where(eq(choirSeasons.choirId, choirId))
    .orderBy(asc(choirSeasons.startsOn));
}

export type MemberView = {
  id: string;
  participantId: string;
  firstName: string;
  lastName: string | null;
  ageBand: (typeof participants.$inferSelect)['ageBand'];
  siteId: string;
  partId: string;
  userId: string | null;
  guestSeasonId: string | null;
  contactBy: 'email' | 'none';
  contactEmail: string | null;
  locale: 'fr' | 'en' | 'de' | null;
};

const memberColumns = {
  id: choirMembers.id,
  participantId: choirMembers.participantId,
  firstName: participants.firstName,
  lastName: participants.lastName,
  ageBand: participants.ageBand,
  siteId: choirMembers.siteId,
  partId: choirMembers.partId,
  userId: choirMembers.userId,
  guestSeasonId: choirMembers.guestSeasonId,
  contactBy: choirMembers.contactBy,
  contactEmail: choirMembers.contactEmail,
  locale: choirMembers.locale,
};

/** The season's roster (the choir's members and the season's guests), or every member. */
export async function membersOf(
  tx: Executor,
  choirId: string,
  seasonId: string | null,
): Promise<MemberView[]> {
  const guests = seasonId
    ? or(isNull(choirMembers.guestSeasonId), eq(choirMembers.guestSeasonId, seasonId))
    : undefined;
  return tx
    .select(memberColumns)
    .from(choirMembers)
    .innerJoin(participants, eq(participants.id, choirMembers.participantId))
    .where(and(eq(choirMembers.choirId, choirId), eq(choirMembers.active, true), guests))
    .orderBy(asc(participants.searchName));
}

/** Singers who left the choir, the latest first (a missing day: before days were recorded). */
export async function leftMembersOf(tx: Executor, choirId: string) {
  return tx
    .select({
      id: choirMembers.id,
      firstName: participants.firstName,
      lastName: participants.lastName,
      partId: choirMembers.partId,
      leftOn: choirMembers.leftOn,
    })
    .from(choirMembers)
    .innerJoin(participants, eq(participants.id, choirMembers.participantId))
    .where(and(eq(choirMembers.choirId, choirId), eq(choirMembers.active, false)))
    .orderBy(sql`${choirMembers.leftOn} desc nulls last`, asc(participants.searchName));
}

export async function findMember(
  tx: Executor,
  choirId: string,
  where: { userId?: string; memberId?: string },
) {
  const [row] = await tx
    .select(memberColumns)
    .from(choirMembers)
    .innerJoin(participants, eq(participants.id, choirMembers.participantId))
    .where(
      and(
        eq(choirMembers.choirId, choirId),
        eq(choirMembers.active, true),
        where.userId ? eq(choirMembers.userId, where.userId) : undefined,
        where.memberId ? eq(choirMembers.id, where.memberId) : undefined,
      ),
    )
    .limit(1);
  return row ?? null;
}

export async function setPartLeader(tx: Executor, partId: string, memberId: string | null) {
  await tx.update(choirParts).set({ leaderMemberId: memberId }).where(eq(choirParts.id, partId));
}

/** Which of `ids` are rows of `table` in the choir (sites, parts, seasons). */
export async function idsInChoir(
  tx: Executor,
  table: 'sites' | 'parts' | 'seasons',
  choirId: string,
  ids: string[],
) {
  if (ids.length === 0) return new Set<string>();
  const t = { sites: choirSites, parts: choirParts, seasons: choirSeasons }[table];
  const rows = await tx
    .select({ id: t.id })
    .from(t)
    .where(and(eq(t.choirId, choirId), inArray(t.id, ids)));
  return new Set(rows.map((row) => row.id));
}

/**
 * Per member of the choir, rehearsals marked present and absent in the season (excused absences
 * do not count): each mark as settled, the latest device time winning.
 */
export async function attendanceTallies(tx: Executor, seasonId: string) {
  const rows = await rowsOf<{ memberId: string; present: number; absent: number }>(
    tx,
    sql`
    with settled as (
      select distinct on (m.rehearsal_id, m.member_id) m.member_id, m.status
      from choir_attendance_marks m
      join choir_rehearsals r on r.id = m.rehearsal_id
      where r.season_id = ${seasonId}
      order by m.rehearsal_id, m.member_id, m.recorded_at desc, m.device_id desc, m.op_id desc
    )
    select member_id as "memberId",
      count(*) filter (where status = 'present')::int as present,
      count(*) filter (where status = 'absent')::int as absent
    from settled group by member_id`,
  );
  return new Map(rows.map((row) => [row.memberId, row]));
}

const referenced = {
  venues: schema.venues,
  participants: schema.participants,
  files: schema.files,
  sessions: schema.sessions,
  projects: schema.projects,
} as const;

/**
 * Which of `ids` exist among the organisation's rows of another module's table (row-level
 * security hides the others'): a foreign key alone would accept another organisation's row.
 */
export async function existingIds(tx: Executor, table: keyof typeof referenced, ids: string[]) {
  if (ids.length === 0) return new Set<string>();
  const t = referenced[table];
  const rows = await tx.select({ id: t.id }).from(t).where(inArray(t.id, ids));
  return new Set(rows.map((row) => row.id));
}

/** Whether the account is a member of the organisation (a singer's page is linked to it). */
export async function isOrgMember(tx: Executor, orgId: string, userId: string) {
  const [row] = await tx
    .select({ userId: schema.memberships.userId })
    .from(schema.memberships)
    .where(and(eq(schema.memberships.orgId, orgId), eq(schema.memberships.userId, userId)));
  return row !== undefined;
}

/** The parts the members lead as section leaders. */
export async function partsLedBy(tx: Executor, memberIds: string[]) {
  if (memberIds.length === 0) return [];
  return tx
    .select({ id: choirParts.id, choirId: choirParts.choirId })
    .from(choirParts)
    .where(inArray(choirParts.leaderMemberId, memberIds));
}

export async function updatePart(
  tx: Executor,
  partId: string,
  values: Partial<Pick<PartRow, 'minSingers' | 'leaderMemberId' | 'name'>>,
) {
  if (Object.keys(values).length === 0) return;
  await tx.update(choirParts).set(values).where(eq(choirParts.id, partId));
}

/** A member of the choir, whether they still sing in it or left it; null when none. */
export async function findAnyMember(tx: Executor, choirId: string, memberId: string) {
  const [row] = await tx
    .select({ ...memberColumns, active: choirMembers.active })
    .from(choirMembers)
    .innerJoin(participants, eq(participants.id, choirMembers.participantId))
    .where(and(eq(choirMembers.choirId, choirId), eq(choirMembers.id, memberId)));
  return row ?? null;
}

export async function updateMember(
  tx: Executor,
  memberId: string,
  values: { partId?: string; siteId?: string; active?: boolean; leftOn?: string | null },
) {
  const [member] = await tx
    .update(choirMembers)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(choirMembers.id, memberId))
    .returning({ participantId: choirMembers.participantId });
  // Who left the choir leads no part any more; their record is kept, like any participant's,
  // until the end of the school year after the one they left in (never shortened).
  if (values.active === false) {
    await tx
      .update(choirParts)
      .set({ leaderMemberId: null })
      .where(eq(choirParts.leaderMemberId, memberId));
  }
  if (values.leftOn && member) {
    const until = retainUntilFor(new Date(`${values.leftOn}T12:00:00Z`));
    await tx
      .update(participants)
      .set({ retainUntil: sql`greatest(${participants.retainUntil}, ${until}::date)` })
      .where(eq(participants.id, member.participantId));
  }
}

/** A part with its choir's name, the target of a part's calendar feed; null when none. */
export async function findPartWithChoir(tx: Executor, partId: string) {
  const [row] = await tx
    .select({ id: choirParts.id, name: choirParts.name, choirName: choirs.name })
    .from(choirParts)
    .innerJoin(choirs, eq(choirs.id, choirParts.choirId))
    .where(eq(choirParts.id, partId));
  return row ?? null;
}

/** The parts an account sings in (as an active member) or leads, in every choir. */
export async function partsOfUser(tx: Executor, userId: string) {
  const rows = await tx
    .select({ sings: choirMembers.partId, leads: choirParts.id })
    .from(choirMembers)
    .leftJoin(choirParts, eq(choirParts.leaderMemberId, choirMembers.id))
    .where(and(eq(choirMembers.userId, userId), eq(choirMembers.active, true)));
  return [...new Set(rows.flatMap((r) => (r.leads ? [r.sings, r.leads] : [r.sings])))];
}
