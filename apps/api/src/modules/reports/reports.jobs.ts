// The durable job that builds a report: data in the API process, files in a worker thread, kept in
// the storage; registered on the job queue when the server is ready.
import { randomUUID } from 'node:crypto';
import type { TuttiDatabase } from '@tutti/db';
import type { FastifyBaseLogger } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import type { OrgActor } from '../../platform/auth/request-auth';
import type { Config } from '../../platform/config';
import type { JobQueue } from '../../platform/jobs/queue';
import { fileStorageFor, storageKey } from '../../platform/storage';
import { runWorker } from '../../platform/workers/run-worker';
import { gatherReportData } from './report-data';
import type { RenderedReport } from './report-render';
import * as repository from './reports.repository';

export const REPORT_BUILD_JOB = 'impact.report-build';
export type ReportJob = { orgId: string; reportId: string };
const MAX_REPORT_FILE_BYTES = 500 * 1024 * 1024;

type WorkerDeps = {
  database: TuttiDatabase;
  jobs: JobQueue;
  config: Config;
  log: FastifyBaseLogger;
};

/**
 * The job acts for the organisation with the rights of a coordinator, under the requester's id:
 * it reads aggregates and counts access needs like the dashboard does, never pseudonym links.
 */
function jobActor(database: TuttiDatabase, orgId: string, userId: string | null): OrgActor {
  return {
    orgId,
    userId: userId ?? '',
    role: 'coordinator',
    inTenant: (work, options) =>
      database.withTenant({ orgId, userId, sensitive: options?.sensitive ?? false }, work),
  };
}

/** Builds one report; safe to run again (a retry or a restart writes new files and overwrites the row). */
export async function buildReport(deps: WorkerDeps, job: ReportJob) {
  const { database, config } = deps;
  const found = await database.withTenant({ orgId: job.orgId, userId: null }, (tx) =>
    repository.findReport(tx, job.reportId),
  );
  if (!found) return { skipped: 'report deleted' };
  const { report } = found;
  const actor = jobActor(database, job.orgId, report.requestedBy);
  const update = (values: Parameters<typeof repository.updateReport>[2]) =>
    actor.inTenant((tx) => repository.updateReport(tx, report.id, values));
  try {
    await update({ status: 'running', progressPercent: 5, startedAt: new Date(), error: null });
    const data = await gatherReportData({
      actor,
      database,
      report,
      progress: (share) => update({ progressPercent: Math.round(5 + share * 55) }),
    });
    await update({ progressPercent: 65 });
    const files = await runWorker<RenderedReport>('report', data);
    await update({ progressPercent: 90 });
    const storage = fileStorageFor(config);
    const store = async (bytes: Uint8Array) => {
      const key = storageKey(job.orgId, randomUUID());
      await storage.write(
        key,
        (async function* () {
          yield bytes;
        })(),
        { maxBytes: MAX_REPORT_FILE_BYTES },
      );
      return { key, bytes: bytes.byteLength };
    };
    const [pdf, xlsx, csv] = [
      await store(files.pdf),
      await store(files.xlsx),
      await store(files.csvZip),
    ];
    await update({
      status: 'done',
      progressPercent: 100,
      dataVersion: data.dataVersion,
      factorVersion: data.factorVersion,
      pdfKey: pdf.key,
      pdfBytes: pdf.bytes,
      xlsxKey: xlsx.key,
      xlsxBytes: xlsx.bytes,
      csvKey: csv.key,
      csvBytes: csv.bytes,
      finishedAt: new Date(),
    });
    return { reportId: report.id, pdfBytes: pdf.bytes };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    await update({ status: 'failed', error: message.slice(0, 500), finishedAt: new Date() });
    throw error;
  }
}

/** Takes report jobs from the queue in this process. */
export async function workReports(deps: WorkerDeps) {
  await deps.jobs.work<ReportJob>(REPORT_BUILD_JOB, async (data) => {
    const result = await buildReport(deps, data);
    deps.log.info({ reportId: data.reportId }, 'report built');
    return result;
  });
}

export function registerReportJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await workReports({ ...deps, log: app.log });
  });
}
