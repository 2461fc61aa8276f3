// The artist's home: the next session with where and with whom, its day, and attendance to send.
import { Link } from '@tanstack/react-router';
import type { HomeArtist } from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import { useTranslation } from 'react-i18next';
import { Alert, buttonClass, Card } from '@/components/ui';
import { orgPath } from '@/lib/paths';
import { SessionLine, useDayLabel, useSessionTitle } from './session-line';

export function ArtistHome({ orgId, artist }: { orgId: string; artist: HomeArtist }) {
  const { t } = useTranslation('dashboard');
  const day = useDayLabel();
  const title = useSessionTitle();
  if (!artist.linked) return <Alert tone="info">{t('artist.notLinked')}</Alert>;
  const next = artist.next;
  const myDay = (date: string) => (
    <Link
      to={orgPath(orgId, 'my-day')}
      search={{ date } as never}
      className={buttonClass({ variant: 'primary' })}
    >
      {t('artist.openDay')}
    </Link>
  );
  const others = artist.day?.sessions.filter((session) => session.id !== next?.id) ?? [];
  return (
    <>
      <Card title={t('artist.next')} className="home-next">
        {next ? (
          <div className="home-next__body">
            <p className="home-next__when">
              {day(next.local.date, true)} · {next.local.startTime}–{next.local.endTime}
            </p>
            <p className="home-next__what">{title(next)}</p>
            {next.venue ? (
              <p>
                <strong>{next.venue.name}</strong>
                {next.venue.address || next.venue.communeName ? (
                  <>
                    <br />
                    {[next.venue.address, next.venue.communeName].filter(Boolean).join(', ')}
                  </>
                ) : null}
              </p>
            ) : null}
            <p className="muted">{next.projectName}</p>
            {next.groups.length > 0 ? (
              <p>{t('artist.groups', { names: next.groups.map((g) => g.name).join(', ') })}</p>
            ) : null}
            {next.otherArtists.length > 0 ? (
              <p>{t('artist.with', { names: next.otherArtists.map((a) => a.name).join(', ') })}</p>
            ) : null}
            <p className="home-next__actions">
              {myDay(next.local.date)}
              <Link
                to={orgPath(orgId, `calendar/sessions/${next.id}`)}
                className={buttonClass({ variant: 'secondary' })}
              >
                {t('artist.openSession')}
              </Link>
              {next.onlineUrl ? (
                <a href={next.onlineUrl} className={buttonClass({ variant: 'secondary' })}>
                  {t('artist.joinOnline')}
                </a>
              ) : null}
            </p>
          </div>
        ) : (
          <p>{t('artist.noNext')}</p>
        )}
        {others.length > 0 && artist.day ? (
          <>
            <h3 className="home-subtitle">
              {artist.day.date === today() ? t('artist.dayToday') : t('artist.day')}
            </h3>
            <ul className="home-sessions">
              {artist.day.sessions.map((session) => (
                <SessionLine key={session.id} orgId={orgId} session={session} />
              ))}
            </ul>
          </>
        ) : null}
        {artist.later.length > 0 ? (
          <>
            <h3 className="home-subtitle">{t('artist.later')}</h3>
            <ul className="home-sessions">
              {artist.later.map((session) => (
                <SessionLine key={session.id} orgId={orgId} session={session} />
              ))}
            </ul>
          </>
        ) : null}
        <p className="home-next__footer">
          {artist.weekCount > 0 ? `${t('artist.week', { count: artist.weekCount })} ` : null}
          <Link to={orgPath(orgId, 'calendar')}>{t('artist.calendar')}</Link>
        </p>
      </Card>
      {artist.attendanceAwaited.length > 0 ? (
        <Card title={t('artist.awaited')} className="home-awaited">
          <p className="muted">{t('artist.awaitedHint')}</p>
          <ul className="home-sessions">
            {artist.attendanceAwaited.map((session) => (
              <SessionLine
                key={session.id}
                orgId={orgId}
                session={session}
                to={orgPath(orgId, 'my-day')}
                search={{ date: session.local.date }}
              />
            ))}
          </ul>
        </Card>
      ) : null}
    </>
  );
}
