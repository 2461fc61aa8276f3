// Shapes reports for answers: what was asked, how far the build is, and the files to download.
import type { Report } from '@tutti/contracts';
import { reportFileName } from './report-render';
import type { ReportRow } from './reports.repository';

export function presentReport(row: { report: ReportRow; requestedByName: string | null }): Report {
  const { report } = row;
  const file = (bytes: number | null, extension: string) =>
    bytes === null
      ? null
      : {
          bytes,
          fileName: reportFileName(
            { locale: report.params.locale, title: report.title },
            extension,
          ),
        };
  return {
    id: report.id,
    template: report.template,
    title: report.title,
    params: report.params,
    status: report.status,
    progressPercent: report.progressPercent,
    dataVersion: report.dataVersion,
    factorVersion: report.factorVersion,
    files: {
      pdf: file(report.pdfBytes, 'pdf'),
      xlsx: file(report.xlsxBytes, 'xlsx'),
      csv: file(report.csvBytes, 'zip'),
    },
    error: report.error,
    requestedBy: row.requestedByName,
    createdAt: report.createdAt.toISOString(),
    startedAt: report.startedAt?.toISOString() ?? null,
    finishedAt: report.finishedAt?.toISOString() ?? null,
  };
}
