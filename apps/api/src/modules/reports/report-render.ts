// Renders a report's files from its data: the PDF, the workbook and a zip of CSV files (CPU-heavy,
// run in a worker thread).
import { fileSlug } from '@tutti/kit/text';
import JSZip from 'jszip';
import { renderPdf } from '../../platform/pdf';
import { exportCsv, exportXlsx } from '../../platform/tabular';
import type { ReportData } from './report-data';
import { REPORT_LABELS } from './report-labels';
import { reportDocument } from './report-pdf';
import { reportTables } from './report-tables';

export type RenderedReport = { pdf: Uint8Array; xlsx: Uint8Array; csvZip: Uint8Array };

export async function renderReportFiles(data: ReportData): Promise<RenderedReport> {
  const pdf = await renderPdf(reportDocument(data));
  const tables = reportTables(data);
  const xlsx = await exportXlsx(tables, data.locale);
  const zip = new JSZip();
  for (const table of tables)
    zip.file(`${fileSlug(table.name, 'export')}.csv`, exportCsv(table, data.locale));
  const csvZip = await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
  return { pdf, xlsx, csvZip };
}

export function reportFileName(data: Pick<ReportData, 'locale' | 'title'>, extension: string) {
  return `${REPORT_LABELS[data.locale].fileName}-${fileSlug(data.title, 'export')}.${extension}`;
}
