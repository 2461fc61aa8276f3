// The daily retention purge, scheduled on the durable job queue when the server is ready.
import type { App, AppDeps } from '../../platform/app-types';
import { purgeExpiredRecords } from './retention.service';

export const RETENTION_PURGE_JOB = 'retention.purge';
/** Every day at 03:17 (server time), away from the working day and from round-hour jobs. */
export const RETENTION_PURGE_CRON = '17 3 * * *';

export function registerRetentionJob(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work(RETENTION_PURGE_JOB, async () => {
      const { totals } = await purgeExpiredRecords({ database: deps.database });
      // Counts only: no record of a person reaches the logs.
      app.log.info({ purged: totals }, 'retention purge done');
      return totals;
    });
    await deps.jobs.schedule(RETENTION_PURGE_JOB, RETENTION_PURGE_CRON);
  });
}
