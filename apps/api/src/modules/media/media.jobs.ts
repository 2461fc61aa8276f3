// Registers the media processing job, and the hourly sweep of abandoned uploads, once the server
// is ready.
import type { App, AppDeps } from '../../platform/app-types';
import { MEDIA_PROCESS_JOB, type MediaJob, processMedia } from './media-processing';
import { MEDIA_SWEEP_CRON, MEDIA_SWEEP_JOB, sweepAbandonedUploads } from './media-sweep';

export function registerMediaJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work<MediaJob>(MEDIA_PROCESS_JOB, (job) => processMedia(deps, job));
    await deps.jobs.work(MEDIA_SWEEP_JOB, async () => {
      const swept = await sweepAbandonedUploads(deps);
      // Counts only.
      if (swept.uploads + swept.strayFiles > 0) app.log.info(swept, 'abandoned uploads swept');
      return swept;
    });
    await deps.jobs.schedule(MEDIA_SWEEP_JOB, MEDIA_SWEEP_CRON);
  });
}
