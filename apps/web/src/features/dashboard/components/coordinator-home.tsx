// The coordinator's home (admins' too): the next seven days, what waits for a decision, and for
// admins the members, invitations and unsent e-mails.
import { Link } from '@tanstack/react-router';
import type { Home, HomeWeek } from '@tutti/contracts';
import { addDays } from '@tutti/kit/dates';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, Stat } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { SessionLine, useDayLabel, useSessionTitle } from './session-line';

export function WeekCard({ orgId, week }: { orgId: string; week: HomeWeek }) {
  const { t } = useTranslation('dashboard');
  const day = useDayLabel();
  const calendar = orgPath(orgId, 'calendar');
  return (
    <Card title={t('week.title')} className="home-week">
      <p className="muted">
        {t('week.range', {
          from: day(week.range.from, true),
          to: day(addDays(week.range.toExclusive, -1), true),
        })}
        {week.sessionCount > 0 ? ` · ${t('week.sessions', { count: week.sessionCount })}` : null}
      </p>
      {week.sessions.length === 0 ? (
        <p>{t('week.none')}</p>
      ) : (
        <ul className="home-sessions">
          {week.sessions.map((session) => (
            <SessionLine key={session.id} orgId={orgId} session={session} />
          ))}
        </ul>
      )}
      {week.later.length > 0 ? (
        <>
          <h3 className="home-subtitle">{t('week.later')}</h3>
          <ul className="home-sessions">
            {week.later.map((session) => (
              <SessionLine key={session.id} orgId={orgId} session={session} />
            ))}
          </ul>
        </>
      ) : null}
      <p>
        <Link to={calendar}>
          {week.sessionCount > week.sessions.length
            ? t('week.seeAll', { count: week.sessionCount })
            : t('week.openCalendar')}
        </Link>
      </p>
    </Card>
  );
}

function Waiting({
  to,
  search,
  children,
}: {
  to: string;
  search?: Record<string, string>;
  children: ReactNode;
}) {
  return (
    <li className="home-waiting__item">
      <Link to={to} search={search as never}>
        {children}
      </Link>
    </li>
  );
}

export function WaitingCard({ orgId, week }: { orgId: string; week: HomeWeek }) {
  const { t } = useTranslation('dashboard');
  const { date, dateTime } = useDateFormat();
  const title = useSessionTitle();
  const day = useDayLabel();
  const path = (page: string) => orgPath(orgId, page);
  const items: ReactNode[] = [];
  if (week.unconfirmed > 0)
    items.push(
      <Waiting key="unconfirmed" to={path('calendar')}>
        {t('waiting.unconfirmed', { count: week.unconfirmed })}
      </Waiting>,
    );
  if (week.withAcceptedConflicts > 0)
    items.push(
      <Waiting key="conflicts" to={path('calendar')}>
        {t('waiting.conflicts', { count: week.withAcceptedConflicts })}
      </Waiting>,
    );
  if (week.missingConsents.participants > 0)
    items.push(
      <Waiting key="consents" to={path('participants')} search={{ consent: 'missing' }}>
        {t('waiting.consents', { count: week.missingConsents.participants })}
      </Waiting>,
    );
  if (week.attendanceAwaitedCount > 0)
    items.push(
      <li key="awaited" className="home-waiting__item">
        <Link to={path('attendance')}>
          {t('waiting.awaited', { count: week.attendanceAwaitedCount })}
        </Link>
        <p className="muted">{t('waiting.awaitedHint')}</p>
        <ul className="home-waiting__details">
          {week.attendanceAwaited.map(({ session, artists }) => (
            <li key={session.id}>
              <Link to={path(`attendance/${session.id}`)}>
                {day(session.local.date)} {session.local.startTime} · {title(session)}
              </Link>
              {artists.length > 0 ? (
                <span className="home-session__meta">
                  {artists
                    .map(
                      (artist) =>
                        `${artist.name} (${
                          artist.lastSyncAt
                            ? t('waiting.lastSync', { date: dateTime(artist.lastSyncAt) })
                            : t('waiting.noSync')
                        })`,
                    )
                    .join(', ')}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </li>,
    );
  if (week.attendanceConflicts > 0)
    items.push(
      <Waiting key="attendance-conflicts" to={path('attendance/conflicts')}>
        {t('waiting.attendanceConflicts', { count: week.attendanceConflicts })}
      </Waiting>,
    );
  if (week.importsWaiting.length > 0)
    items.push(
      <li key="imports" className="home-waiting__item">
        <span>{t('waiting.imports', { count: week.importsWaiting.length })}</span>
        <ul className="home-waiting__details">
          {week.importsWaiting.map((batch) => (
            <li key={batch.id}>
              <Link to={path(`${batch.entity}/import`)} search={{ batch: batch.id } as never}>
                {t('waiting.importLine', {
                  file: batch.fileName,
                  entity: t(`waiting.importEntity.${batch.entity}`),
                  date: date(batch.createdAt),
                })}
              </Link>
              {batch.errorCount > 0 ? (
                <span className="home-session__meta">
                  {t('waiting.importErrors', { count: batch.errorCount })}
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      </li>,
    );
  return (
    <Card title={t('waiting.title')} className="home-waiting">
      {items.length === 0 ? (
        <p>{t('waiting.nothing')}</p>
      ) : (
        <ul className="home-waiting__list">{items}</ul>
      )}
    </Card>
  );
}

export function AdministrationCard({
  orgId,
  administration,
}: {
  orgId: string;
  administration: NonNullable<Home['administration']>;
}) {
  const { t } = useTranslation('dashboard');
  const see = (page: string, label: string) => <Link to={orgPath(orgId, page)}>{label}</Link>;
  return (
    <section aria-labelledby="home-administration" className="home-section">
      <h2 id="home-administration" className="home-section__title">
        {t('administration.title')}
      </h2>
      <ul className="home-figures">
        <li>
          <Stat
            value={administration.members}
            label={t('administration.members', { count: administration.members })}
            link={see('members', t('administration.seeMembers'))}
          />
        </li>
        <li>
          <Stat
            value={administration.pendingInvitations}
            label={t('administration.invitations', { count: administration.pendingInvitations })}
            link={see('member-invitations', t('administration.seeInvitations'))}
          />
        </li>
        <li>
          <Stat
            value={administration.failedMessages}
            label={t('administration.failed', { count: administration.failedMessages })}
            link={see('outbox', t('administration.seeOutbox'))}
          />
        </li>
      </ul>
    </section>
  );
}
