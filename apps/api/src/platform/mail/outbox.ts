// Every outgoing e-mail is first written to the outbox, in the same transaction as its cause.
import { type Executor, schema } from '@tutti/db';

export type OutgoingMail = {
  orgId: string | null;
  kind: string;
  to: string;
  subject: string;
  text: string;
};

/**
 * Queues a message. Without SMTP it is kept (status `kept`) for the organisation's admins to
 * read, so that nothing is silently lost.
 */
export async function enqueueMail(db: Executor, mail: OutgoingMail, smtpConfigured: boolean) {
  await db.insert(schema.outboxMessages).values({
    orgId: mail.orgId,
    kind: mail.kind,
    toAddress: mail.to,
    subject: mail.subject,
    bodyText: mail.text,
    status: smtpConfigured ? 'pending' : 'kept',
  });
}
