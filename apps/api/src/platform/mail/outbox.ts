// Every outgoing e-mail or text message is first written to the outbox, in the same transaction as its cause.
import { type Executor, schema } from '@tutti/db';
import { and, inArray, lt, ne } from 'drizzle-orm';

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
  const [row] = await db
    .insert(schema.outboxMessages)
    .values({
      orgId: mail.orgId,
      kind: mail.kind,
      channel: mail.channel ?? 'email',
      toAddress: mail.to,
      subject: mail.subject,
      bodyText: mail.text,
      status: transportConfigured ? 'pending' : 'kept',
    })
    .returning({ id: schema.outboxMessages.id });
  return row!.id;
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
