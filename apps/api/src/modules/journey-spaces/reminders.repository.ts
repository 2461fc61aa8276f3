// The only place with queries on the reminder e-mails of journey spaces: who asked (and
// confirmed), and the reminders sent, once per subscription, session and start.
import type { Locale } from '@tutti/contracts';
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, eq, inArray, isNull, sql } from 'drizzle-orm';

const { spaceReminderSubscriptions: subscriptions, spaceRemindersSent: sent, journeys } = schema;

export type SubscriptionRow = typeof subscriptions.$inferSelect;

/**
 * A request for reminders: a new one, or a new secret (and language) for one not confirmed yet.
 * Answers its id, or null when the address already receives them (nothing to send).
 */
export async function requestSubscription(
  tx: Executor,
  values: { orgId: string; journeyId: string; email: string; language: Locale; tokenHash: string },
) {
  const [row] = await tx
    .insert(subscriptions)
    .values(values)
    .onConflictDoUpdate({
      target: [subscriptions.journeyId, subscriptions.email],
      set: { tokenHash: values.tokenHash, language: values.language, createdAt: new Date() },
      setWhere: isNull(subscriptions.confirmedAt),
    })
    .returning({ id: subscriptions.id });
  return row?.id ?? null;
}

/**
 * The subscription a link's secret names: the confirmation e-mail's, or any reminder's. Read as
 * the owner (a visitor has no organisation yet), with the journey's name.
 */
export async function findByTokenHash(db: Executor, tokenHash: string) {
  const columns = { subscription: subscriptions, journeyName: journeys.name };
  const [own] = await db
    .select(columns)
    .from(subscriptions)
    .innerJoin(journeys, eq(journeys.id, subscriptions.journeyId))
    .where(eq(subscriptions.tokenHash, tokenHash));
  if (own) return own;
  const [fromReminder] = await db
    .select(columns)
    .from(sent)
    .innerJoin(subscriptions, eq(subscriptions.id, sent.subscriptionId))
    .innerJoin(journeys, eq(journeys.id, subscriptions.journeyId))
    .where(eq(sent.tokenHash, tokenHash));
  return fromReminder ?? null;
}

export async function confirmSubscription(tx: Executor, id: string, now: Date) {
  await tx
    .update(subscriptions)
    .set({ confirmedAt: now })
    .where(and(eq(subscriptions.id, id), isNull(subscriptions.confirmedAt)));
}

/** Stopping deletes the address with the reminders sent to it. */
export async function deleteSubscription(tx: Executor, id: string) {
  await tx.delete(subscriptions).where(eq(subscriptions.id, id));
}

export type DueReminder = {
  subscription_id: string;
  org_id: string;
  email: string;
  language: Locale;
  journey_id: string;
  journey_name: string;
  group_id: string;
  group_name: string;
  organisation_name: string;
  session_id: string;
  position: number;
  kind: string;
  title: string | null;
  starts_at: Date | string;
  /** The start exactly as stored (microseconds included), to record the reminder against. */
  starts_at_exact: string;
  ends_at: Date | string;
  time_zone: string;
  online_url: string | null;
  venue_name: string | null;
  postal_code: string | null;
  commune_name: string | null;
};

/**
 * Reminders due: confirmed subscriptions × their journey's steps (planned or confirmed) starting
 * after `now` and up to `until`, not yet reminded at that start, while the group has a current
 * link (a revoked link closes the space, and its reminders). Read as the owner, every
 * organisation at once, in start order.
 */
export function listDueReminders(db: Executor, now: Date, until: Date, limit: number) {
  return rowsOf<DueReminder>(
    db,
    sql`select sub.id as subscription_id, sub.org_id, sub.email, sub.language,
          j.id as journey_id, j.name as journey_name, g.id as group_id, g.name as group_name,
          o.name as organisation_name, s.id as session_id, s.journey_position as position,
          s.kind, s.title, s.starts_at, s.starts_at::text as starts_at_exact, s.ends_at, s.time_zone, s.online_url,
          v.name as venue_name, v.postal_code, v.commune_name
        from space_reminder_subscriptions sub
        join journeys j on j.id = sub.journey_id
        join groups g on g.id = j.group_id
        join organisations o on o.id = sub.org_id
        join sessions s on s.journey_id = j.id and s.journey_position is not null
        left join venues v on v.id = s.venue_id
        where sub.confirmed_at is not null
          and s.status in ('planned', 'confirmed')
          and s.starts_at > ${now} and s.starts_at <= ${until}
          and exists (select 1 from group_share_links l
                      where l.group_id = j.group_id and l.revoked_at is null)
          and not exists (select 1 from space_reminders_sent r
                          where r.subscription_id = sub.id and r.session_id = s.id
                            and r.starts_at = s.starts_at)
        order by s.starts_at, sub.id
        limit ${limit}`,
  );
}

/** Records a reminder as sent; false when it already was (another run, or another process). */
export async function insertSent(
  tx: Executor,
  values: {
    orgId: string;
    subscriptionId: string;
    sessionId: string;
    /** As `starts_at_exact` read it. */
    startsAt: string;
    tokenHash: string;
    sentAt: Date;
  },
) {
  const rows = await tx
    .insert(sent)
    .values({ ...values, startsAt: sql`${values.startsAt}::timestamptz` })
    .onConflictDoNothing({ target: [sent.subscriptionId, sent.sessionId, sent.startsAt] })
    .returning({ id: sent.id });
  return rows.length > 0;
}

/**
 * Retention: subscriptions never confirmed, asked before `before`, and those of journeys whose
 * last session ended before it; their reminders go with them.
 */
export async function deleteEndedBefore(tx: Executor, before: Date, limit: number) {
  const due = await rowsOf<{ id: string; org_id: string }>(
    tx,
    sql`select sub.id, sub.org_id from space_reminder_subscriptions sub
        where (sub.confirmed_at is null and sub.created_at < ${before})
           or not exists (select 1 from sessions s
                          where s.journey_id = sub.journey_id and s.ends_at >= ${before})
        limit ${limit}
        for update of sub skip locked`,
  );
  if (due.length === 0) return [];
  await tx.delete(subscriptions).where(
    inArray(
      subscriptions.id,
      due.map((row) => row.id),
    ),
  );
  return due.map((row) => ({ orgId: row.org_id }));
}

/** A person's subscriptions by their addresses, with the journey and the reminders sent. */
export async function subscriptionsTo(tx: Executor, addresses: readonly string[]) {
  if (addresses.length === 0) return [];
  return tx
    .select({
      subscription: subscriptions,
      journeyName: journeys.name,
      remindersSent: sql<number>`(select count(*)::int from space_reminders_sent r
        where r.subscription_id = ${subscriptions.id})`,
    })
    .from(subscriptions)
    .innerJoin(journeys, eq(journeys.id, subscriptions.journeyId))
    .where(inArray(subscriptions.email, [...addresses]))
    .orderBy(subscriptions.createdAt);
}

export async function deleteSubscriptionsTo(tx: Executor, addresses: readonly string[]) {
  if (addresses.length === 0) return;
  await tx.delete(subscriptions).where(inArray(subscriptions.email, [...addresses]));
}
