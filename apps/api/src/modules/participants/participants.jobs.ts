// The daily retention purge, scheduled on the durable job queue when the server is ready.
import type { App, AppDeps } from '../../platform/app-types';
import { purgeExpiredParticipants } from './participants.retention';

export const RETENTION_PURGE_JOB = 'participants.retention-purge';
/** Every day at 03:17 (server time), away from the working day and from round-hour jobs. */
export const RETENTION_PURGE_CRON = '17 3 * * *';

export function registerRetentionJob(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work(RETENTION_PURGE_JOB, async () => {
      const { anonymised } = await purgeExpiredParticipants({ database: deps.database });
      // A count only: names never reach the logs.
      app.log.info({ anonymised }, 'retention purge done');
      return { anonymised };
    });
    await deps.jobs.schedule(RETENTION_PURGE_JOB, RETENTION_PURGE_CRON);
  });
}
