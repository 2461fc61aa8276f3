// "Ma journée": the artist's sessions of a day, kept on the phone, attendance taken even offline.
import { useNavigate } from '@tanstack/react-router';
import { addDays, today } from '@tutti/kit/dates';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Loading, PageHeader, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useSearchParam } from '@/lib/search-params';
import { useMyDay } from '../api/my-day';
import { useAttendanceQueue } from '../lib/use-attendance-queue';
import './attendance.css';
import { SessionRosterCard } from './session-roster';

export function MyDayPage() {
  const { t } = useTranslation('attendance');
  const errorText = useErrorText();
  const format = useDateFormat();
  const { orgId } = useCurrentOrg();
  const navigate = useNavigate();
  const requested = useSearchParam('date');
  const date = requested && /^\d{4}-\d{2}-\d{2}$/.test(requested) ? requested : today();
  const myDay = useMyDay(orgId, date);
  const queue = useAttendanceQueue(orgId);
  const goTo = (next: string) =>
    navigate({ to: orgPath(orgId, 'my-day'), search: { date: next } as never });

  return (
    <>
      <PageHeader title={t('myDayTitle')} description={t('myDayIntro')} />
      <div className="stack">
        <nav className="day-nav" aria-label={t('day')}>
          <Button variant="secondary" size="small" onClick={() => goTo(addDays(date, -1))}>
            ← {t('previousDay')}
          </Button>
          <TextField
            name="date"
            type="date"
            label={t('day')}
            value={date}
            onChange={(event) => event.target.value && goTo(event.target.value)}
          />
          <Button variant="secondary" size="small" onClick={() => goTo(addDays(date, 1))}>
            {t('nextDay')} →
          </Button>
          {date !== today() ? (
            <Button variant="ghost" size="small" onClick={() => goTo(today())}>
              {t('today')}
            </Button>
          ) : null}
        </nav>
        {myDay.isPending ? <Loading /> : null}
        {myDay.isError ? (
          <Alert tone="error">{queue.online ? errorText(myDay.error) : t('notDownloaded')}</Alert>
        ) : null}
        {myDay.data ? (
          <>
            {myDay.data.fromDevice ? (
              <Alert tone="info" live={false}>
                {t('savedOffline', { date: format.dateTime(myDay.data.savedAt) })}
              </Alert>
            ) : null}
            {myDay.data.day.artistLinked ? null : <Alert tone="info">{t('noArtist')}</Alert>}
            {myDay.data.day.artistLinked && myDay.data.day.sessions.length === 0 ? (
              <p>{t('noSession')}</p>
            ) : null}
            {myDay.data.day.sessions.map((roster) => (
              <SessionRosterCard key={roster.session.id} roster={roster} queue={queue} />
            ))}
          </>
        ) : null}
      </div>
    </>
  );
}
