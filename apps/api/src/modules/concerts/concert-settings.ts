// What the concerts' public side takes from the server's configuration, handed to its services
// (never read from module state): where links point, how long offers and group holds last,
// whether e-mail leaves (without SMTP it is kept in the outbox for the admins).
import type { Executor } from '@tutti/db';
import type { Config } from '../../platform/config';
import { enqueueMail } from '../../platform/mail/outbox';

export type ConcertSettings = {
  publicUrl: string;
  offerMs: number;
  groupHoldMs: number;
  mailConfigured: boolean;
};

export function concertSettings(config: Config): ConcertSettings {
  return {
    publicUrl: config.publicUrl,
    offerMs: config.concerts.offerMs,
    groupHoldMs: config.concerts.groupHoldMs,
    mailConfigured: !!config.smtpUrl,
  };
}

/** Queues an e-mail of the concerts' public side, in the transaction of its cause. */
export function queueConcertMail(
  tx: Executor,
  settings: ConcertSettings,
  mail: { orgId: string; kind: string; to: string; subject: string; text: string },
) {
  return enqueueMail(tx, mail, settings.mailConfigured);
}

/** The earlier of `now + ms` and the concert's start: nothing is held past the start. */
export function holdUntil(now: Date, ms: number, startsAt: Date): Date {
  return new Date(Math.min(now.getTime() + ms, startsAt.getTime()));
}
