// Worker thread that renders a person's data export as PDF (about 0.1 s of CPU once the fonts
// are loaded), so that the API's event loop stays free meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { Locale, PersonDataExport } from '@tutti/contracts';
import { renderPersonExportPdf } from '../modules/person-rights/person-export-pdf';

try {
  const { data, locale } = workerData as { data: PersonDataExport; locale: Locale };
  const pdf = await renderPersonExportPdf(data, locale);
  parentPort?.postMessage({ ok: true, files: pdf }, [pdf.buffer] as ArrayBuffer[]);
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
