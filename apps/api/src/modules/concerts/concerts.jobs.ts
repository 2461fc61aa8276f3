// The concerts' background work: every five minutes, offers and group holds that ran out end and
// the seats free in concerts with a waiting list are offered on (bookings and cancellations do
// the same at once for their concert; this catches time passing and halls made bigger).
import type { TuttiDatabase } from '@tutti/db';
import type { App, AppDeps } from '../../platform/app-types';
import { findConcertSession } from '../sessions';
import { type ConcertSettings, concertSettings } from './concert-settings';
import { concertsWithExpiredHolds } from './group-orders.repository';
import { settleSeats } from './seat-release';
import { concertsWithQueues } from './waiting-list.repository';

export const CONCERT_SEATS_JOB = 'concerts.settle-seats';
/** Every five minutes: an offer or a hold ends at most five minutes late (bookings settle first). */
export const CONCERT_SEATS_CRON = '*/5 * * * *';

/** Settles every concert with something due at `now`, each in its organisation's transaction. */
export async function sweepConcertSeats({
  database,
  settings,
  now = new Date(),
}: {
  database: TuttiDatabase;
  settings: ConcertSettings;
  now?: Date;
}) {
  const due = new Map<string, string>();
  for (const row of [
    ...(await concertsWithQueues(database.db, now)),
    ...(await concertsWithExpiredHolds(database.db, now)),
  ]) {
    due.set(row.sessionId, row.orgId);
  }
  const totals = { concerts: due.size, lapsed: 0, released: 0, offered: 0 };
  for (const [sessionId, orgId] of due) {
    await database.withTenant({ orgId, userId: null }, async (tx) => {
      const concert = await findConcertSession(tx, sessionId, { lock: true });
      if (!concert) return;
      const settled = await settleSeats({ tx, orgId, concert, now, settings });
      totals.lapsed += settled.lapsed;
      totals.released += settled.released;
      totals.offered += settled.offered;
    });
  }
  return totals;
}

export function registerConcertJobs(app: App, deps: AppDeps) {
  const settings = concertSettings(deps.config);
  app.addHook('onReady', async () => {
    await deps.jobs.work(CONCERT_SEATS_JOB, async () => {
      const totals = await sweepConcertSeats({ database: deps.database, settings });
      // Counts only.
      if (totals.lapsed + totals.released + totals.offered > 0) {
        app.log.info(totals, 'concert seats settled');
      }
      return totals;
    });
    await deps.jobs.schedule(CONCERT_SEATS_JOB, CONCERT_SEATS_CRON);
  });
}
