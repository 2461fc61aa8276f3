// A calendar date (`YYYY-MM-DD`) in the reader's words: « mar. 10 mars 2026 ».
import { useTranslation } from 'react-i18next';

export function useDayFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.DateTimeFormat(i18n.language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
  return (date: string) => (date ? format.format(new Date(`${date}T12:00:00Z`)) : '');
}

/** Hours in the reader's words: « 3,5 ». */
export function useHoursFormat() {
  const { i18n } = useTranslation();
  const format = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 2 });
  return (hours: number) => format.format(hours);
}
