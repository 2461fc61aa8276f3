// Worker thread that renders a report's files, so that the API's event loop stays free meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { ReportData } from '../modules/reports/report-data';
import { renderReportFiles } from '../modules/reports/report-render';

try {
  const files = await renderReportFiles(workerData as ReportData);
  parentPort?.postMessage({ ok: true, files }, [
    files.pdf.buffer,
    files.xlsx.buffer,
    files.csvZip.buffer,
  ] as ArrayBuffer[]);
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
