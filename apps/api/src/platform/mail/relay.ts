// Sends due outbox messages (e-mail over SMTP; texts through the SMS transport when one is given),
// retrying failures with back-off for 48 hours, from any number of server processes.
import type { TuttiDatabase } from '@tutti/db';
import type { FastifyBaseLogger } from 'fastify';
import type { Transporter } from 'nodemailer';
import { claimDueMessages, type OutboxRow, recordFailure, recordSent } from './outbox';

const BATCH_SIZE = 20;

export type MailRelay = {
  stop(): Promise<void>;
  /** Sends one batch of the messages due at `now` (the clock's time); returns how many it tried. */
  flush(now?: Date): Promise<number>;
};

export type TextTransport = { send(message: { to: string; text: string }): Promise<void> };

export function startMailRelay(options: {
  database: TuttiDatabase;
  smtpUrl?: string | null;
  from: string;
  log: FastifyBaseLogger;
  sms?: TextTransport | null;
  intervalMs?: number;
  now?: () => Date;
}): MailRelay {
  const clock = options.now ?? (() => new Date());
  // Loaded on the first e-mail to send: nodemailer costs half a second at every start otherwise.
  let transport: Transporter | undefined;
  const connect = async () => {
    transport ??= (await import('nodemailer')).default.createTransport({
      url: options.smtpUrl!,
      // Well inside the claim's lease (5 minutes): a hung server cannot make a message sent twice.
      connectionTimeout: 30_000,
      greetingTimeout: 30_000,
      socketTimeout: 60_000,
    } as Parameters<typeof import('nodemailer').createTransport>[0]);
    return transport;
  };
  const channels: ('email' | 'sms')[] = [];
  if (options.smtpUrl) channels.push('email');
  if (options.sms) channels.push('sms');
  let running: Promise<number> | null = null;

  async function send(message: OutboxRow) {
    if (message.channel === 'sms') {
      await options.sms!.send({ to: message.toAddress, text: message.bodyText });
      return;
    }
    await (await connect()).sendMail({
      from: options.from,
      to: message.toAddress,
      subject: message.subject,
      text: message.bodyText,
    });
  }

  async function flushOnce(now: Date): Promise<number> {
    const { db } = options.database;
    // The claim commits before anything is sent: no transaction stays open over the network.
    const batch = await claimDueMessages(db, { channels, now, limit: BATCH_SIZE });
    for (const message of batch) {
      try {
        await send(message);
        await recordSent(db, message, clock());
      } catch (error) {
        const status = await recordFailure(db, message, error, clock());
        // The error's text may name the address: only its code is logged.
        options.log.warn(
          { messageId: message.id, attempts: message.attempts, status, code: codeOf(error) },
          'message not sent',
        );
      }
    }
    return batch.length;
  }

  function flush(now?: Date) {
    running ??= flushOnce(now ?? clock()).finally(() => {
      running = null;
    });
    return running;
  }

  const timer = setInterval(() => {
    flush().catch((error) => options.log.error({ code: codeOf(error) }, 'mail relay failed'));
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

function codeOf(error: unknown) {
  return (error as { code?: string })?.code ?? (error as Error)?.name ?? 'unknown';
}
