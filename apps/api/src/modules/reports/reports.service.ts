// Funder reports: ask for one (a job builds it), follow its progress, list them, download the files.
import type { Readable } from 'node:stream';
import {
  type Locale,
  type ReportCreateBodySchema,
  type ReportFormat,
  XLSX_MEDIA_TYPE,
} from '@tutti/contracts';
import { formatDate } from '@tutti/kit/dates';
import type { z } from 'zod';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import type { FileStorage } from '../../platform/storage';
import { REPORT_LABELS } from './report-labels';
import { REPORT_BUILD_JOB, type ReportJob } from './reports.jobs';
import { presentReport } from './reports.presenter';
import * as repository from './reports.repository';

const notFound = () => new AppError('REPORT.NOT_FOUND', 'Report not found');

/** A default title's dates as people write them in the report's language, not `2026-09-01`. */
function period(date: string, locale: Locale): string {
  return formatDate(date, locale, { day: 'numeric', month: 'short', year: 'numeric' });
}

export async function createReport({
  actor,
  jobs,
  input,
  locale,
}: {
  actor: OrgActor;
  jobs: JobQueue;
  input: z.output<typeof ReportCreateBodySchema>;
  locale: Locale;
}) {
  requirePermission(actor, 'reports.create');
  const created = await actor.inTenant(async (tx) => {
    const names = await repository.projectNames(tx, input.projectIds);
    const surveys = await repository.existingSurveyIds(tx, input.surveyIds);
    const fields = [
      ...input.projectIds.flatMap((id, i) =>
        names.has(id) ? [] : [{ path: `body.projectIds.${i}`, message: 'No such project' }],
      ),
      ...input.surveyIds.flatMap((id, i) =>
        surveys.has(id) ? [] : [{ path: `body.surveyIds.${i}`, message: 'No such survey' }],
      ),
    ];
    if (fields.length > 0) {
      throw new AppError('REPORT.REFERENCE_NOT_FOUND', 'Unknown project or survey', { fields });
    }
    const reportLocale = input.locale ?? locale;
    const template = REPORT_LABELS[reportLocale].templates[input.template];
    return repository.insertReport(tx, {
      orgId: actor.orgId,
      template: input.template,
      title:
        input.title ??
        `${template}, ${period(input.from, reportLocale)} – ${period(input.to, reportLocale)}`,
      params: {
        from: input.from,
        to: input.to,
        projectIds: input.projectIds,
        communeCodes: input.communeCodes,
        departmentCode: input.departmentCode,
        surveyIds: input.surveyIds,
        locale: reportLocale,
      },
      requestedBy: actor.userId,
    });
  });
  const job: ReportJob = { orgId: actor.orgId, reportId: created.id };
  const jobId = await jobs.send(REPORT_BUILD_JOB, job, { singletonKey: created.id, retryLimit: 1 });
  return actor.inTenant(async (tx) => {
    await repository.updateReport(tx, created.id, { jobId });
    return presentReport((await repository.findReport(tx, created.id))!);
  });
}

export async function listReports({
  actor,
  page,
}: {
  actor: OrgActor;
  page: { limit: number; offset: number };
}) {
  requirePermission(actor, 'reports.read');
  return actor.inTenant(async (tx) => {
    const { rows, total } = await repository.listReports(tx, page);
    return { items: rows.map(presentReport), total };
  });
}

export async function getReport({ actor, reportId }: { actor: OrgActor; reportId: string }) {
  requirePermission(actor, 'reports.read');
  return actor.inTenant(async (tx) => {
    const row = await repository.findReport(tx, reportId);
    if (!row) throw notFound();
    return presentReport(row);
  });
}

const MEDIA_TYPES: Record<ReportFormat, string> = {
  pdf: 'application/pdf',
  xlsx: XLSX_MEDIA_TYPE,
  csv: 'application/zip',
};

/** One of the report's files as a stream, once built. */
export async function downloadReport({
  actor,
  storage,
  reportId,
  format,
}: {
  actor: OrgActor;
  storage: FileStorage;
  reportId: string;
  format: ReportFormat;
}): Promise<{ stream: Readable; fileName: string; contentType: string; bytes: number }> {
  requirePermission(actor, 'reports.read');
  const row = await actor.inTenant((tx) => repository.findReport(tx, reportId));
  if (!row) throw notFound();
  const presented = presentReport(row);
  const key = { pdf: row.report.pdfKey, xlsx: row.report.xlsxKey, csv: row.report.csvKey }[format];
  const file = presented.files[format];
  if (row.report.status !== 'done' || !key || !file) {
    throw new AppError('REPORT.NOT_READY', `The report is ${row.report.status}`);
  }
  return {
    stream: await storage.read(key),
    fileName: file.fileName,
    contentType: MEDIA_TYPES[format],
    bytes: file.bytes,
  };
}
