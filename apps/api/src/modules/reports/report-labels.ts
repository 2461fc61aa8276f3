// Words of the funder reports (PDF, XLSX, CSV) in French, English and German.
import type { Locale } from '@tutti/contracts';
import { de } from './report-labels.de';
import { en } from './report-labels.en';
import { fr, type ReportLabels } from './report-labels.fr';

export type { ReportLabels };
export const REPORT_LABELS: Record<Locale, ReportLabels> = { fr, en, de };
