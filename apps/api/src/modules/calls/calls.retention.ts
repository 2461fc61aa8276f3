// Each call's retention: its recordings (and the jurors' private notes about them) are deleted
// `retentionMonths` after the results were sent. A daily job; counts only reach the logs.
import type { TuttiDatabase } from '@tutti/db';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import type { App, AppDeps } from '../../platform/app-types';
import type { Config } from '../../platform/config';
import { fileStorageFor } from '../../platform/storage';
import { deleteFileRecords } from '../media';
import * as applications from './applications.repository';
import * as calls from './calls.repository';

export const CALLS_RETENTION_JOB = 'calls.retention';
/** Every day at 03:23 (server time), beside the other nightly purges. */
const CALLS_RETENTION_CRON = '23 3 * * *';

export async function purgeCallRecordings(
  deps: { database: TuttiDatabase; config: Config },
  now = new Date(),
) {
  const due = await calls.callsPastRetention(deps.database.db, now);
  const storage = fileStorageFor(deps.config);
  let files = 0;
  for (const call of due) {
    const keys = await deps.database.withTenant({ orgId: call.orgId, userId: null }, async (tx) => {
      const fileIds = await applications.recordingFileIds(tx, { callId: call.id });
      const removed = await deleteFileRecords(tx, call.orgId, fileIds);
      await tx
        .update(schema.callAssignments)
        .set({ note: null })
        .where(eq(schema.callAssignments.callId, call.id));
      await calls.updateCall(tx, call.orgId, call.id, { recordingsPurgedAt: now });
      files += fileIds.length;
      return removed;
    });
    await Promise.allSettled(keys.map((key) => storage.remove(key)));
  }
  return { calls: due.length, files };
}

export function registerCallJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work(CALLS_RETENTION_JOB, async () => {
      const purged = await purgeCallRecordings(deps);
      app.log.info(purged, 'call recordings past retention deleted');
      return purged;
    });
    await deps.jobs.schedule(CALLS_RETENTION_JOB, CALLS_RETENTION_CRON);
  });
}
