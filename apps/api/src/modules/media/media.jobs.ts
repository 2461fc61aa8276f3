// Registers the media processing job on the queue once the server is ready.
import type { App, AppDeps } from '../../platform/app-types';
import { MEDIA_PROCESS_JOB, type MediaJob, processMedia } from './media-processing';

export function registerMediaJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work<MediaJob>(MEDIA_PROCESS_JOB, (job) => processMedia(deps, job));
  });
}
