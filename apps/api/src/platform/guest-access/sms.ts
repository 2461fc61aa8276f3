// Text messages: a small transport interface, one implementation (an HTTP webhook any SMS
// gateway can sit behind), and the outbox as the record of every message and the fallback.
import type { TuttiDatabase } from '@tutti/db';
import { claimMessage, recordFailure, recordSent } from '../mail/outbox';

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
 * Sends a text already written to the outbox (status `pending`) at once and records the outcome
 * there; a failure is retried by the relay with back-off, like e-mail. The message is claimed
 * first, so that the relay does not send it at the same time.
 * Without a transport the message was written `kept`: nothing to do, admins read it.
 */
export async function deliverText(
  database: TuttiDatabase,
  transport: SmsTransport,
  outboxId: string,
  message: { to: string; text: string },
) {
  const claimed = await claimMessage(database.db, outboxId, new Date());
  if (!claimed) return;
  try {
    await transport.send(message);
    await recordSent(database.db, claimed, new Date());
  } catch (error) {
    await recordFailure(database.db, claimed, error, new Date());
  }
}
