// The only place with queries on handovers and their follow-ups (and the reads of participants,
// groups and sessions that decide who may introduce whom).
import type { FollowUpAnswer, FollowUpKind, HandoverStatus } from '@tutti/contracts';
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, asc, count, desc, eq, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';

const { directoryHandovers: handovers, directoryFollowUps: followUps } = schema;
const { participants, groups, ensembles, users } = schema;

export type HandoverRow = typeof handovers.$inferSelect;
export type FollowUpRow = typeof followUps.$inferSelect;

/** A participant with their group, as the introduction needs them. */
export async function findParticipant(tx: Executor, orgId: string, participantId: string) {
  const [row] = await tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      ageBand: participants.ageBand,
      anonymisedAt: participants.anonymisedAt,
      groupId: groups.id,
      groupName: groups.name,
      relayUserId: groups.relayUserId,
    })
    .from(participants)
    .innerJoin(groups, eq(groups.id, participants.groupId))
    .where(and(eq(participants.orgId, orgId), eq(participants.id, participantId)));
  return row ?? null;
}

/** Whether the user, as an artist, led a session with the group. */
export async function ledSessionWith(tx: Executor, userId: string, groupId: string) {
  const rows = await rowsOf<{ found: number }>(
    tx,
    sql`select 1 as found from session_artists sa
      join artists a on a.id = sa.artist_id
      join session_groups sg on sg.session_id = sa.session_id
      where a.user_id = ${userId} and sg.group_id = ${groupId} limit 1`,
  );
  return rows.length > 0;
}

/** Purposes covered by a current (not withdrawn) consent of the participant, with its id. */
export async function currentConsentPurposes(tx: Executor, participantId: string) {
  return rowsOf<{ id: string; purposes: string[] }>(
    tx,
    sql`select id, purposes from participant_consents
      where participant_id = ${participantId} and withdrawn_on is null
      order by given_on desc, created_at desc`,
  );
}

export async function findAwaiting(tx: Executor, participantId: string, ensembleId: string) {
  const [row] = await tx
    .select({ id: handovers.id })
    .from(handovers)
    .where(
      and(
        eq(handovers.participantId, participantId),
        eq(handovers.ensembleId, ensembleId),
        eq(handovers.status, 'awaiting'),
      ),
    );
  return row ?? null;
}

export async function insertHandover(
  tx: Executor,
  values: Omit<typeof handovers.$inferInsert, 'id'>,
): Promise<HandoverRow> {
  const [row] = await tx.insert(handovers).values(values).returning();
  return row!;
}

const listColumns = {
  handover: handovers,
  firstName: participants.firstName,
  groupId: groups.id,
  groupName: groups.name,
  ensembleName: ensembles.name,
  introducedByName: users.displayName,
};

export type HandoverListRow = {
  handover: HandoverRow;
  firstName: string;
  groupId: string;
  groupName: string;
  ensembleName: string;
  introducedByName: string | null;
};

export async function listHandovers(
  tx: Executor,
  orgId: string,
  filter: {
    status?: HandoverStatus | undefined;
    groupId?: string | undefined;
    introducedBy?: string | undefined;
    ids?: string[] | undefined;
  },
  page: { limit: number; offset: number },
) {
  const conditions: SQL[] = [eq(handovers.orgId, orgId)];
  if (filter.status) conditions.push(eq(handovers.status, filter.status));
  if (filter.groupId) conditions.push(eq(groups.id, filter.groupId));
  if (filter.introducedBy) conditions.push(eq(handovers.introducedBy, filter.introducedBy));
  if (filter.ids) conditions.push(inArray(handovers.id, filter.ids));
  const where = and(...conditions);
  const base = () =>
    tx
      .select(listColumns)
      .from(handovers)
      .innerJoin(participants, eq(participants.id, handovers.participantId))
      .innerJoin(groups, eq(groups.id, participants.groupId))
      .innerJoin(ensembles, eq(ensembles.id, handovers.ensembleId))
      .leftJoin(users, eq(users.id, handovers.introducedBy));
  const items = (await base()
    .where(where)
    .orderBy(desc(handovers.createdAt), asc(handovers.id))
    .limit(page.limit)
    .offset(page.offset)) as HandoverListRow[];
  const [total] = await tx
    .select({ n: count() })
    .from(handovers)
    .innerJoin(participants, eq(participants.id, handovers.participantId))
    .innerJoin(groups, eq(groups.id, participants.groupId))
    .where(where);
  return { items, total: total?.n ?? 0 };
}

export async function followUpsOf(tx: Executor, handoverIds: readonly string[]) {
  if (handoverIds.length === 0) return [];
  return tx
    .select()
    .from(followUps)
    .where(inArray(followUps.handoverId, [...handoverIds]))
    .orderBy(asc(followUps.sentAt));
}

/** Across organisations (the link alone says whose): the handover a link's secret names. */
export async function findHandoverByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      handover: handovers,
      firstName: participants.firstName,
      ensembleName: ensembles.name,
      organisationName: schema.organisations.name,
    })
    .from(handovers)
    .innerJoin(participants, eq(participants.id, handovers.participantId))
    .innerJoin(ensembles, eq(ensembles.id, handovers.ensembleId))
    .innerJoin(schema.organisations, eq(schema.organisations.id, handovers.orgId))
    .where(eq(handovers.tokenHash, tokenHash));
  return row ?? null;
}

/** Records the ensemble's answer once: only a handover still awaiting one changes. */
export async function answerHandover(
  tx: Executor,
  id: string,
  values: {
    status: 'accepted' | 'declined';
    trialDate: string | null;
    answerNote: string | null;
    answeredAt: Date;
  },
) {
  const rows = await tx
    .update(handovers)
    .set(values)
    .where(and(eq(handovers.id, id), eq(handovers.status, 'awaiting')))
    .returning({ id: handovers.id });
  return rows.length > 0;
}

/** Handovers awaiting an answer introduced at or before `before` (for reminders and escalation). */
export async function listAwaitingBefore(
  db: Executor,
  before: Date,
  limit: number,
  after?: string,
) {
  return db
    .select({
      handover: handovers,
      firstName: participants.firstName,
      ensembleName: ensembles.name,
      ensembleEmail: ensembles.contactEmail,
      ensembleLanguage: ensembles.language,
      organisationName: schema.organisations.name,
    })
    .from(handovers)
    .innerJoin(participants, eq(participants.id, handovers.participantId))
    .innerJoin(ensembles, eq(ensembles.id, handovers.ensembleId))
    .innerJoin(schema.organisations, eq(schema.organisations.id, handovers.orgId))
    .where(
      and(
        eq(handovers.status, 'awaiting'),
        lte(handovers.createdAt, before),
        after ? sql`${handovers.id} > ${after}` : undefined,
      ),
    )
    .orderBy(asc(handovers.id))
    .limit(limit);
}

/** Counts a reminder only if none was counted meanwhile (two runs at once send it once). */
export async function markReminded(tx: Executor, id: string, from: number, to: number) {
  const rows = await tx
    .update(handovers)
    .set({ remindersSent: to })
    .where(
      and(
        eq(handovers.id, id),
        eq(handovers.remindersSent, from),
        eq(handovers.status, 'awaiting'),
      ),
    )
    .returning({ id: handovers.id });
  return rows.length > 0;
}

export async function markEscalated(tx: Executor, id: string, at: Date) {
  const rows = await tx
    .update(handovers)
    .set({ escalatedAt: at })
    .where(and(eq(handovers.id, id), isNull(handovers.escalatedAt)))
    .returning({ id: handovers.id });
  return rows.length > 0;
}

/** The e-mail addresses of an organisation's admins and coordinators. */
/** The admins' and coordinators' addresses, each with the language they use Tutti in. */
export async function coordinatorEmails(db: Executor, orgId: string) {
  return db
    .select({ email: users.email, locale: users.locale })
    .from(schema.memberships)
    .innerJoin(users, eq(users.id, schema.memberships.userId))
    .where(
      and(
        eq(schema.memberships.orgId, orgId),
        inArray(schema.memberships.role, ['admin', 'coordinator']),
      ),
    );
}

/**
 * Handovers whose participant agreed to the follow-up (a current `follow_up` consent and an
 * address) for which `kind` is due at `now` and not yet sent.
 */
export async function listFollowUpsDue(
  db: Executor,
  kind: FollowUpKind,
  now: Date,
  months: { from: number; until: number } | null,
  limit: number,
) {
  const at = now.toISOString();
  // A check-in goes from its month until the next one's: a run missed for months sends the latest.
  const due = months
    ? sql`h.created_at + make_interval(months => ${months.from}) <= ${at}::timestamptz
        and h.created_at + make_interval(months => ${months.until}) > ${at}::timestamptz`
    : sql`h.status = 'accepted' and h.trial_date is not null
        and h.trial_date < (${at}::timestamptz at time zone 'UTC')::date`;
  return rowsOf<{
    id: string;
    org_id: string;
    contact_email: string;
    first_name: string;
    ensemble_name: string;
    organisation_name: string;
    trial_date: string | null;
  }>(
    db,
    sql`select h.id, h.org_id, h.contact_email, p.first_name, e.name as ensemble_name,
        o.name as organisation_name, h.trial_date::text as trial_date
      from directory_handovers h
        join participants p on p.id = h.participant_id
        join ensembles e on e.id = h.ensemble_id
        join organisations o on o.id = h.org_id
      where h.follow_up and h.contact_email is not null and h.status <> 'withdrawn'
        and p.anonymised_at is null and ${due}
        and exists (select 1 from participant_consents c where c.participant_id = h.participant_id
          and c.withdrawn_on is null and 'follow_up' = any(c.purposes))
        and not exists (select 1 from directory_follow_ups f where f.handover_id = h.id and f.kind = ${kind})
      order by h.id limit ${limit}`,
  );
}

/** Writes the follow-up once per handover and kind; false when another run wrote it first. */
export async function insertFollowUp(
  tx: Executor,
  values: {
    orgId: string;
    handoverId: string;
    kind: FollowUpKind;
    sentAt: Date;
    tokenHash: string;
  },
) {
  const rows = await tx
    .insert(followUps)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: followUps.id });
  return rows.length > 0;
}

export async function findFollowUpByTokenHash(db: Executor, tokenHash: string) {
  const [row] = await db
    .select({
      followUp: followUps,
      firstName: participants.firstName,
      ensembleName: ensembles.name,
      organisationName: schema.organisations.name,
    })
    .from(followUps)
    .innerJoin(handovers, eq(handovers.id, followUps.handoverId))
    .innerJoin(participants, eq(participants.id, handovers.participantId))
    .innerJoin(ensembles, eq(ensembles.id, handovers.ensembleId))
    .innerJoin(schema.organisations, eq(schema.organisations.id, followUps.orgId))
    .where(eq(followUps.tokenHash, tokenHash));
  return row ?? null;
}

/** The answer to a follow-up (a second answer replaces the first: people change their mind). */
export async function answerFollowUp(
  tx: Executor,
  id: string,
  answer: FollowUpAnswer,
  answeredAt: Date,
) {
  await tx.update(followUps).set({ answer, answeredAt }).where(eq(followUps.id, id));
}

/** A reminder carries a new link: only the latest secret's hash is kept. */
export async function replaceHandoverToken(tx: Executor, id: string, tokenHash: string) {
  await tx.update(handovers).set({ tokenHash }).where(eq(handovers.id, id));
}

/** Notes an e-mail about the participant, so that their erasure finds it. */
export async function noteMessage(tx: Executor, id: string, messageId: string) {
  await tx
    .update(handovers)
    .set({ messageIds: sql`array_append(${handovers.messageIds}, ${messageId}::uuid)` })
    .where(eq(handovers.id, id));
}
