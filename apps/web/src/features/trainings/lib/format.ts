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
