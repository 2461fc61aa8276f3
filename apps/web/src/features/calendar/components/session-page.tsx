// One session: when and where on the venue's clocks, who, its status, and what can be done with it.
import { Link, useParams } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { formatDate, formatTimeZone } from '@tutti/kit/dates';
import { useTranslation } from 'react-i18next';
import { Alert, Badge, Card, PageHeader, QueryStatus } from '@/components/ui';
import { BoxOfficeCard } from '@/features/box-office';
import { FootprintPanel } from '@/features/carbon';
import { SessionRecordingsCard } from '@/features/journey-space';
import { useCurrentOrg } from '@/features/organisations';
import { SeatLayersCard } from '@/features/relay-seats';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import { useSession } from '../api/sessions';
import { SessionActions } from './session-actions';
import { SessionPublication } from './session-publication';
import './calendar.css';

export function SessionPage() {
  const { t, i18n } = useTranslation(['calendar', 'vocabulary']);
  const dates = useDateFormat();
  const { orgId, role } = useCurrentOrg();
  const { sessionId = '' } = useParams({ strict: false }) as { sessionId?: string };
  const session = useSession(orgId, sessionId);
  const data = session.data;
  const none = t('session.none');

  return (
    <>
      <p>
        <Link to={orgPath(orgId, 'calendar')}>← {t('session.back')}</Link>
      </p>
      <QueryStatus query={session} />
      {data ? (
        <>
          <PageHeader
            title={data.title ?? t(`vocabulary:sessionKind.${data.kind}`)}
            description={
              <>
                <Badge tone={data.status === 'cancelled' ? 'danger' : 'primary'}>
                  {t(`vocabulary:sessionStatus.${data.status}`)}
                </Badge>{' '}
                {t(`vocabulary:sessionKind.${data.kind}`)}
              </>
            }
            actions={<SessionActions orgId={orgId} role={role} session={data} />}
          />
          <div className="stack">
            {data.status === 'cancelled' && data.cancelReason ? (
              <Alert tone="info" title={t('session.cancelReason')}>
                <p>{data.cancelReason}</p>
              </Alert>
            ) : null}
            {data.override ? (
              <Alert tone="info" title={`⚠ ${t('session.overrideTitle')}`}>
                <p>
                  {t('session.overrideText', {
                    date: dates.date(data.override.at),
                    reason: data.override.reason,
                  })}
                </p>
              </Alert>
            ) : null}
            <Card>
              <dl className="facts-list">
                <dt>{t('session.when')}</dt>
                <dd>
                  {formatDate(data.local.date, i18n.language, { dateStyle: 'full' })},{' '}
                  {data.local.startTime}–{data.local.endTime}{' '}
                  <span className="muted">
                    ({formatTimeZone(data.timeZone, i18n.language, new Date(data.startsAt))})
                  </span>
                </dd>
                <dt>{t('session.venue')}</dt>
                <dd>
                  {data.venue
                    ? [
                        data.venue.name,
                        data.venue.addressLine,
                        [data.venue.postalCode, data.venue.communeName].filter(Boolean).join(' '),
                      ]
                        .filter(Boolean)
                        .join(', ')
                    : data.kind === 'online'
                      ? t('online')
                      : none}
                </dd>
                {data.onlineUrl ? (
                  <>
                    <dt>{t('session.onlineUrl')}</dt>
                    <dd>
                      <a href={data.onlineUrl} rel="noreferrer" target="_blank">
                        {data.onlineUrl}
                      </a>
                    </dd>
                  </>
                ) : null}
                <dt>{t('session.project')}</dt>
                <dd>{data.project.name}</dd>
                {data.journey ? (
                  <>
                    <dt>{t('session.journey')}</dt>
                    <dd>
                      <Link to={orgPath(orgId, `journeys/${data.journey.id}`)}>
                        {t('session.journeyStep', {
                          name: data.journey.name,
                          position: data.journey.position,
                        })}
                      </Link>
                    </dd>
                  </>
                ) : null}
                <dt>{t('session.artists')}</dt>
                <dd>{data.artists.map((a) => a.displayName).join(', ') || none}</dd>
                <dt>{t('session.groups')}</dt>
                <dd>{data.groups.map((g) => g.name).join(', ') || none}</dd>
                <dt>{t('session.capacity')}</dt>
                <dd>{data.capacity ?? data.venue?.capacity ?? none}</dd>
                {data.notes ? (
                  <>
                    <dt>{t('session.notes')}</dt>
                    <dd>{data.notes}</dd>
                  </>
                ) : null}
              </dl>
            </Card>
            {can(role, 'sessions.plan') ? (
              <SessionPublication orgId={orgId} session={data} />
            ) : null}
            {data.journey &&
            data.status !== 'cancelled' &&
            Date.parse(data.startsAt) <= Date.now() &&
            can(role, 'journeySpaces.addRecording') ? (
              <SessionRecordingsCard
                orgId={orgId}
                sessionId={data.id}
                sessionTitle={data.title ?? t(`vocabulary:sessionKind.${data.kind}`)}
              />
            ) : null}
            {data.kind === 'concert' ? <BoxOfficeCard orgId={orgId} sessionId={data.id} /> : null}
            {data.kind === 'concert' ? <SeatLayersCard orgId={orgId} sessionId={data.id} /> : null}
            <FootprintPanel orgId={orgId} sessionId={data.id} />
          </div>
        </>
      ) : null}
    </>
  );
}
