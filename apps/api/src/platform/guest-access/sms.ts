// Text messages: a small transport interface, one implementation (an HTTP webhook any SMS
// gateway can sit behind), and the outbox as the record of every message and the fallback.
import { schema, type TuttiDatabase } from '@tutti/db';
import { eq, sql } from 'drizzle-orm';

export type SmsTransport = { send(message: { to: string; text: string }): Promise<void> };

/** POSTs `{ to, text }` as JSON to `url`; any answer but 2xx is a failure. */
export function webhookSmsTransport(url: string, timeoutMs = 10_000): SmsTransport {
  return {
    async send(message) {
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(message),
        signal: AbortSignal.timeout(timeoutMs),
      });
      if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`);
    },
  };
}

/**
 * Sends a text already written to the outbox (status `pending`) and records the outcome there.
 * Without a transport the message was written `kept`: nothing to do, admins read it.
 */
export async function deliverText(
  database: TuttiDatabase,
  transport: SmsTransport,
  outboxId: string,
  message: { to: string; text: string },
) {
  const outbox = schema.outboxMessages;
  try {
    await transport.send(message);
    await database.db
      .update(outbox)
      .set({ status: 'sent', sentAt: sql`now()`, attempts: 1 })
      .where(eq(outbox.id, outboxId));
  } catch (error) {
    await database.db
      .update(outbox)
      .set({
        status: 'failed',
        attempts: 1,
        lastError: String((error as Error).message).slice(0, 500),
      })
      .where(eq(outbox.id, outboxId));
  }
}
