// Sends pending outbox messages over SMTP, with retries, from any number of server processes.
import { schema, type TuttiDatabase } from '@tutti/db';
import { and, asc, eq, sql } from 'drizzle-orm';
import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';

const MAX_ATTEMPTS = 5;
const BATCH_SIZE = 20;

export type MailRelay = { stop(): Promise<void>; flush(): Promise<number> };

export function startMailRelay(options: {
  database: TuttiDatabase;
  smtpUrl: string;
  from: string;
  log: FastifyBaseLogger;
  intervalMs?: number;
}): MailRelay {
  // Loaded on the first e-mail to send: nodemailer costs half a second at every start otherwise.
  let transport: Transporter | undefined;
  const connect = async () => {
    transport ??= (await import('nodemailer')).default.createTransport(options.smtpUrl);
    return transport;
  };
  const outbox = schema.outboxMessages;
  let running: Promise<number> | null = null;

  async function flushOnce(): Promise<number> {
    return options.database.db.transaction(async (tx) => {
      // SKIP LOCKED lets several processes relay side by side without sending twice.
      const batch = await tx
        .select()
        .from(outbox)
        .where(and(eq(outbox.status, 'pending'), eq(outbox.channel, 'email')))
        .orderBy(asc(outbox.createdAt))
        .limit(BATCH_SIZE)
        .for('update', { skipLocked: true });
      for (const message of batch) {
        const attempts = message.attempts + 1;
        try {
          await (await connect()).sendMail({
            from: options.from,
            to: message.toAddress,
            subject: message.subject,
            text: message.bodyText,
          });
          await tx
            .update(outbox)
            .set({ status: 'sent', sentAt: sql`now()`, attempts })
            .where(eq(outbox.id, message.id));
        } catch (error) {
          options.log.warn({ messageId: message.id, attempts }, 'mail not sent');
          await tx
            .update(outbox)
            .set({
              attempts,
              lastError: String((error as Error).message).slice(0, 500),
              status: attempts >= MAX_ATTEMPTS ? 'failed' : 'pending',
            })
            .where(eq(outbox.id, message.id));
        }
      }
      return batch.length;
    });
  }

  function flush() {
    running ??= flushOnce().finally(() => {
      running = null;
    });
    return running;
  }

  const timer = setInterval(() => {
    flush().catch((error) => options.log.error({ err: error }, 'mail relay failed'));
  }, options.intervalMs ?? 5000);
  timer.unref();

  return {
    flush,
    async stop() {
      clearInterval(timer);
      await running;
      transport?.close();
    },
  };
}
