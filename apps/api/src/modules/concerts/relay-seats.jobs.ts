// The release of relays' unused seats. Whether an allocation is closed is computed from the
// clock at every read (seat-layers.ts), so the counts are right without this job; it stamps
// allocations as they close so that cached answers (a concert's public page) read the seats
// given back to the public within minutes.
import type { TuttiDatabase } from '@tutti/db';
import { addDays, utcDate } from '@tutti/kit/dates';
import type { App, AppDeps } from '../../platform/app-types';
import * as relaySeats from './relay-seats.repository';
import { closesAt } from './seat-layers';

export const RELAY_RELEASE_JOB = 'concerts.relay-release';
/** Every ten minutes, off the round minutes of other jobs. */
export const RELAY_RELEASE_CRON = '3-59/10 * * * *';

/** Longest time before a concert an allocation can close (releaseDaysBefore is at most 60). */
const HORIZON_MS = 61 * 24 * 60 * 60 * 1000;

/** Stamps the allocations closed by `now`; runs as the owner, over every organisation. */
export async function releaseClosedAllocations(database: TuttiDatabase, now = new Date()) {
  return database.db.transaction(async (tx) => {
    const candidates = await relaySeats.listAllocationsToRelease(
      tx,
      // A validity date closes at the end of its day somewhere on Earth: a day of margin.
      { startsBefore: new Date(now.getTime() + HORIZON_MS), validUntil: addDays(utcDate(now), 1) },
      50_000,
    );
    const closed = candidates
      .filter((allocation) => closesAt(allocation, allocation) <= now)
      .map((allocation) => allocation.id);
    await relaySeats.stampReleased(tx, closed, now);
    return { released: closed.length };
  });
}

export function registerRelaySeatJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work(RELAY_RELEASE_JOB, async () => {
      const result = await releaseClosedAllocations(deps.database);
      if (result.released > 0) app.log.info(result, 'relay seats released');
      return result;
    });
    await deps.jobs.schedule(RELAY_RELEASE_JOB, RELAY_RELEASE_CRON);
  });
}
