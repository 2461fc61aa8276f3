// Every outgoing e-mail or text message is first written to the outbox, in the same transaction as its cause.
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, inArray, lt, lte, ne, sql } from 'drizzle-orm';

export type OutgoingMail = {
  orgId: string | null;
  kind: string;
  /** `email` when absent; a text message has its phone number in `to`. */
  channel?: 'email' | 'sms';
  to: string;
  subject: string;
  text: string;
};

/**
 * Queues a message and returns its id. Without a transport (SMTP; the SMS transport for texts)
 * it is kept (status `kept`) for the organisation's admins to read: nothing is silently lost.
 */
export async function enqueueMail(
  db: Executor,
  mail: OutgoingMail,
  transportConfigured: boolean,
): Promise<string> {
  const [id] = await enqueueMails(db, [mail], transportConfigured);
  return id!;
}

/** Queues several messages in one statement (a choir's message to its 250 singers); their ids. */
export async function enqueueMails(
  db: Executor,
  mails: OutgoingMail[],
  transportConfigured: boolean,
): Promise<string[]> {
  if (mails.length === 0) return [];
  const rows = await db
    .insert(schema.outboxMessages)
    .values(
      mails.map((mail) => ({
        orgId: mail.orgId,
        kind: mail.kind,
        channel: mail.channel ?? 'email',
        toAddress: mail.to,
        subject: mail.subject,
        bodyText: mail.text,
        status: transportConfigured ? ('pending' as const) : ('kept' as const),
      })),
    )
    .returning({ id: schema.outboxMessages.id });
  return rows.map((row) => row.id);
}

export type OutboxRow = typeof schema.outboxMessages.$inferSelect;

const MINUTE = 60_000;
/** How long after a failed attempt the next one is made: 1 min, 5 min, 15 min, 1 h, 3 h, then 6 h. */
export const RETRY_DELAYS_MS = [MINUTE, 5 * MINUTE, 15 * MINUTE, 60 * MINUTE, 180 * MINUTE];
const LAST_RETRY_DELAY_MS = 360 * MINUTE;
/** Failures are retried for this long after a message is queued (or resent). */
export const RETRY_WINDOW_MS = 48 * 60 * MINUTE;
/**
 * A claimed message is not claimed again before this (its send is under way). If the process
 * dies while sending, another tries it after the lease: at least once, never twice at a time.
 */
export const CLAIM_LEASE_MS = 5 * MINUTE;

export function retryDelayMs(attempts: number) {
  return RETRY_DELAYS_MS[attempts - 1] ?? LAST_RETRY_DELAY_MS;
}

/**
 * Claims up to `limit` pending messages of `channels` due at `now`: one statement that counts the
 * attempt and moves their next attempt past the lease, skipping rows another process is claiming,
 * so that each message is given to one sender only.
 */
export async function claimDueMessages(
  db: Executor,
  options: { channels: ('email' | 'sms')[]; now: Date; limit: number },
): Promise<OutboxRow[]> {
  const outbox = schema.outboxMessages;
  if (options.channels.length === 0) return [];
  const due = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.status, 'pending'),
        inArray(outbox.channel, options.channels),
        lte(outbox.nextAttemptAt, options.now),
      ),
    )
    .orderBy(asc(outbox.nextAttemptAt))
    .limit(options.limit)
    .for('update', { skipLocked: true });
  return db
    .update(outbox)
    .set({
      attempts: sql`${outbox.attempts} + 1`,
      nextAttemptAt: new Date(options.now.getTime() + CLAIM_LEASE_MS),
    })
    .where(
      and(
        inArray(outbox.id, due),
        eq(outbox.status, 'pending'),
        lte(outbox.nextAttemptAt, options.now),
      ),
    )
    .returning();
}

/** Claims one message (a text sent at once after queueing), if it is pending and due. */
export async function claimMessage(db: Executor, id: string, now: Date) {
  const outbox = schema.outboxMessages;
  const [row] = await db
    .update(outbox)
    .set({
      attempts: sql`${outbox.attempts} + 1`,
      nextAttemptAt: new Date(now.getTime() + CLAIM_LEASE_MS),
    })
    .where(and(eq(outbox.id, id), eq(outbox.status, 'pending'), lte(outbox.nextAttemptAt, now)))
    .returning();
  return row ?? null;
}

/** Only the claim that made the attempt records its outcome (a resend in between starts anew). */
function sameClaim(claimed: OutboxRow) {
  const outbox = schema.outboxMessages;
  return and(
    eq(outbox.id, claimed.id),
    eq(outbox.status, 'pending'),
    eq(outbox.attempts, claimed.attempts),
  );
}

export async function recordSent(db: Executor, claimed: OutboxRow, now: Date) {
  await db
    .update(schema.outboxMessages)
    .set({ status: 'sent', sentAt: now, nextAttemptAt: null })
    .where(sameClaim(claimed));
}

/**
 * Records a failed attempt: the next one after the back-off, the last one at the end of the
 * retry window, and after that the message is `failed` (an admin may resend it).
 */
export async function recordFailure(db: Executor, claimed: OutboxRow, error: unknown, now: Date) {
  const lastError = String((error as Error)?.message ?? error).slice(0, 500);
  const giveUp = now.getTime() >= claimed.retryUntil.getTime();
  const next = Math.min(
    now.getTime() + retryDelayMs(claimed.attempts),
    claimed.retryUntil.getTime(),
  );
  const [row] = await db
    .update(schema.outboxMessages)
    .set(
      giveUp
        ? { status: 'failed', lastError, nextAttemptAt: null }
        : { lastError, nextAttemptAt: new Date(next) },
    )
    .where(sameClaim(claimed))
    .returning({ status: schema.outboxMessages.status });
  return row?.status ?? null;
}

/**
 * Makes a failed message of the organisation pending again, due now, with a new retry window.
 * Returns null when there is no such message; the row as it is when it was not failed.
 */
export async function resendFailedMessage(db: Executor, orgId: string, id: string, now: Date) {
  const outbox = schema.outboxMessages;
  const [updated] = await db
    .update(outbox)
    .set({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: now,
      retryUntil: new Date(now.getTime() + RETRY_WINDOW_MS),
    })
    .where(and(eq(outbox.id, id), eq(outbox.orgId, orgId), eq(outbox.status, 'failed')))
    .returning();
  if (updated) return { resent: true as const, row: updated };
  const [existing] = await db
    .select()
    .from(outbox)
    .where(and(eq(outbox.id, id), eq(outbox.orgId, orgId)));
  return existing ? { resent: false as const, row: existing } : null;
}

/**
 * A batch of messages written before `before` and no longer waiting to be sent, in every
 * organisation, deleted with their addresses and bodies (the retention purge).
 */
export async function deleteOutboxMessagesBefore(db: Executor, before: Date, limit: number) {
  const outbox = schema.outboxMessages;
  const old = db
    .select({ id: outbox.id })
    .from(outbox)
    .where(and(ne(outbox.status, 'pending'), lt(outbox.createdAt, before)))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db.delete(outbox).where(inArray(outbox.id, old)).returning({ orgId: outbox.orgId });
}
