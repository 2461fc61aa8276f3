// The backup job: daily at the configured time, at start when the last day has none, and on an
// admin's request.
import type { App, AppDeps } from '../../platform/app-types';
import { backupDueAtStart, runBackup } from './backups.service';

export const BACKUP_JOB = 'backup.create';

/** `HH:MM` as a daily cron expression (server time). */
export function dailyCron(time: string) {
  const [hours, minutes] = time.split(':').map(Number);
  return `${minutes} ${hours} * * *`;
}

export function registerBackupJob(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work<{ trigger?: 'request' }>(BACKUP_JOB, async (data) => {
      const result = await runBackup({
        database: deps.database,
        config: deps.config,
        trigger: data.trigger ?? 'schedule',
      });
      // Counts and sizes only.
      app.log.info({ backup: result ?? 'skipped: another backup is running' }, 'backup done');
      return result;
    });
    const { dailyAt } = deps.config.backups;
    if (!dailyAt) {
      await deps.jobs.unschedule(BACKUP_JOB);
      return;
    }
    await deps.jobs.schedule(BACKUP_JOB, dailyCron(dailyAt));
    // Tests ask for their backups themselves.
    if (deps.config.env !== 'test' && (await backupDueAtStart(deps.database))) {
      await deps.jobs.send(BACKUP_JOB, {}, { singletonKey: BACKUP_JOB, retryLimit: 0 });
    }
  });
}
