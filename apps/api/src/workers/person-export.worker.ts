// Worker thread that renders a person's (or an applicant's) data export as PDF (about 0.1 s of CPU once the fonts
// are loaded), so that the API's event loop stays free meanwhile.
import { parentPort, workerData } from 'node:worker_threads';
import type { ApplicantDataExport, Locale, PersonDataExport } from '@tutti/contracts';
import {
  renderApplicantExportPdf,
  renderPersonExportPdf,
} from '../modules/person-rights/person-export-pdf';

try {
  // A participant's export (`data`), or an applicant's known by their address (`applicant`).
  const { data, applicant, locale } = workerData as {
    data?: PersonDataExport;
    applicant?: ApplicantDataExport;
    locale: Locale;
  };
  const pdf = applicant
    ? await renderApplicantExportPdf(applicant, locale)
    : await renderPersonExportPdf(data!, locale);
  parentPort?.postMessage({ ok: true, files: pdf }, [pdf.buffer] as ArrayBuffer[]);
} catch (error) {
  parentPort?.postMessage({
    ok: false,
    message: error instanceof Error ? error.message : String(error),
  });
}
