// The organisation's outgoing messages for its admins: the list, and a resend of a failed one.
import type { OutboxMessage } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { count, desc, eq } from 'drizzle-orm';
import type { AppDeps } from '../../platform/app-types';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { type OutboxRow, resendFailedMessage } from '../../platform/mail/outbox';

function presentMessage(m: OutboxRow): OutboxMessage {
  return {
    id: m.id,
    kind: m.kind,
    channel: m.channel,
    toAddress: m.toAddress,
    subject: m.subject,
    bodyText: m.bodyText,
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.status === 'pending' ? (m.nextAttemptAt?.toISOString() ?? null) : null,
    lastError: m.lastError,
    createdAt: m.createdAt.toISOString(),
    sentAt: m.sentAt?.toISOString() ?? null,
  };
}

export async function listOutbox({
  actor,
  limit,
  offset,
}: {
  actor: OrgActor;
  limit: number;
  offset: number;
}) {
  requirePermission(actor, 'outbox.read');
  const outbox = schema.outboxMessages;
  return actor.inTenant(async (tx) => {
    const rows = await tx
      .select()
      .from(outbox)
      .where(eq(outbox.orgId, actor.orgId))
      .orderBy(desc(outbox.createdAt))
      .limit(limit)
      .offset(offset);
    const [total] = await tx
      .select({ n: count() })
      .from(outbox)
      .where(eq(outbox.orgId, actor.orgId));
    return { items: rows.map(presentMessage), total: total?.n ?? 0 };
  });
}

/**
 * The latest messages of the whole instance, account e-mails included, newest first: for the
 * server's operator (`npm run outbox` while the server holds the embedded data folder). The route
 * checks the operator's key; no organisation's role is involved.
 */
export async function listOutboxForOperator({ deps, limit }: { deps: AppDeps; limit: number }) {
  const outbox = schema.outboxMessages;
  const rows = await deps.database.db
    .select()
    .from(outbox)
    .orderBy(desc(outbox.createdAt))
    .limit(limit);
  return { items: rows.map(presentMessage) };
}

/** A failed message becomes pending again, due now, retried with back-off for another 48 hours. */
export async function resendOutboxMessage({
  actor,
  messageId,
  now = new Date(),
}: {
  actor: OrgActor;
  messageId: string;
  now?: Date;
}) {
  requirePermission(actor, 'outbox.resend');
  return actor.inTenant(async (tx) => {
    const result = await resendFailedMessage(tx, actor.orgId, messageId, now);
    if (!result) {
      throw new AppError('OUTBOX.NOT_FOUND', 'No such message in this organisation.', {
        fields: [{ path: 'messageId', message: 'No such message in this organisation' }],
      });
    }
    if (!result.resent) {
      throw new AppError(
        'OUTBOX.NOT_FAILED',
        `Only a failed message can be sent again; this one is ${result.row.status}.`,
        {
          fields: [{ path: 'messageId', message: `The message is ${result.row.status}` }],
          details: { status: result.row.status },
        },
      );
    }
    return presentMessage(result.row);
  });
}
