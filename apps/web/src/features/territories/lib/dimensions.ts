// What the access report does not know, in words: the components left out of every score.
import type { AccessReport } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';

/** Components of the score that can be missing (activities are the organisation's own data). */
export const OPTIONAL_DIMENSIONS = ['distance', 'rurality', 'priority'] as const;

/** The components no commune of the area has: they count in no score. */
export function missingDimensions(report: AccessReport) {
  return OPTIONAL_DIMENSIONS.filter((d) => report.dimensions[d].status === 'missing');
}

/**
 * "la densité et les quartiers prioritaires": the missing components as one phrase in the
 * reader's language, or null when nothing is missing.
 */
export function useMissingPhrase(report: AccessReport): string | null {
  const { t, i18n } = useTranslation('territories');
  const missing = missingDimensions(report);
  if (missing.length === 0) return null;
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  return list.format(missing.map((d) => t(`data.inSentence.${d}`)));
}

/** Every commune has the same score: the ranking does not tell them apart. */
export const allEqual = (report: AccessReport) =>
  report.summary.communes > 1 && report.summary.distinctScores === 1;
