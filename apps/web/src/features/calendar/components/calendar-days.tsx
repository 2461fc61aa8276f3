// The days of a week or a month with their sessions: a grid on a wide screen, a day list on a phone.
import type { Session } from '@tutti/contracts';
import { addDays, formatDate, isoWeekday, today } from '@tutti/kit/dates';
import { useTranslation } from 'react-i18next';
import { SessionChip } from './session-chip';

type Props = {
  orgId: string;
  variant: 'week' | 'month';
  dates: string[];
  sessions: Session[];
};

export function CalendarDays({ orgId, variant, dates, sessions }: Props) {
  const { t, i18n } = useTranslation('calendar');
  const byDate = new Map<string, Session[]>();
  for (const session of sessions) {
    byDate.set(session.local.date, [...(byDate.get(session.local.date) ?? []), session]);
  }
  const current = today();
  // In a month grid the first day sits under its weekday; the blanks are only for the eye.
  const blanks = variant === 'month' && dates[0] ? isoWeekday(dates[0]) - 1 : 0;
  return (
    <ol className={`calendar-days calendar-days--${variant}`}>
      {/* The weekdays before the first of the month: stable, so their dates serve as keys. */}
      {dates[0]
        ? Array.from({ length: blanks }, (_, i) => addDays(dates[0]!, i - blanks)).map((blank) => (
            <li key={blank} className="calendar-day calendar-day--blank" aria-hidden="true" />
          ))
        : null}
      {dates.map((date) => {
        const daySessions = byDate.get(date) ?? [];
        return (
          <li
            key={date}
            className={[
              'calendar-day',
              daySessions.length === 0 ? 'calendar-day--empty' : '',
              date === current ? 'calendar-day--today' : '',
            ]
              .filter(Boolean)
              .join(' ')}
            aria-current={date === current ? 'date' : undefined}
          >
            <h3 className="calendar-day__title">
              {formatDate(date, i18n.language, {
                weekday: 'short',
                day: 'numeric',
                month: 'short',
              })}
            </h3>
            {daySessions.length > 0 ? (
              <ul className="calendar-day__sessions">
                {daySessions.map((session) => (
                  <li key={session.id}>
                    <SessionChip orgId={orgId} session={session} />
                  </li>
                ))}
              </ul>
            ) : (
              <p className="calendar-day__empty">{t('noSession')}</p>
            )}
          </li>
        );
      })}
    </ol>
  );
}
