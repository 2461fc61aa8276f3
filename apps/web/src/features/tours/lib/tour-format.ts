// Figures and dates of tour plans in the reader's language.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/** Stable for a language, so that memoised drawings (the map) do not redraw on every render. */
export function useTourFormat() {
  const { i18n } = useTranslation();
  return useMemo(() => tourFormat(i18n.language), [i18n.language]);
}

function tourFormat(language: string) {
  const whole = new Intl.NumberFormat(language, { maximumFractionDigits: 0 });
  const one = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
  // Dates of a plan are calendar days (`YYYY-MM-DD`): read them at noon UTC, shown in UTC.
  const day = new Intl.DateTimeFormat(language, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
  const longDay = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    km: (value: number) => (value < 100 ? one.format(value) : whole.format(value)),
    kg: (value: number) => one.format(value),
    hours: (minutes: number) => one.format(minutes / 60),
    whole: (value: number) => whole.format(value),
    day: (date: string) => day.format(new Date(`${date}T12:00:00Z`)),
    longDay: (date: string) => longDay.format(new Date(`${date}T12:00:00Z`)),
  };
}
