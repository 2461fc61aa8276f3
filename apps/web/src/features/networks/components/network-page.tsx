// One network, for a user holding a network role: the dashboard and map of members' figures,
// the common agenda, the members; coordinators invite organisations and refresh the figures.
import './networks.css';
import './library.css';
import { Link, useParams } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { type FormEvent, lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  Card,
  Loading,
  PageHeader,
  QueryStatus,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useDateFormat } from '@/lib/format';
import { orgPath } from '@/lib/paths';
import {
  useInviteOrganisation,
  useNetwork,
  useNetworkAgenda,
  useNetworkDashboard,
  useNetworkWhiteZones,
  useRefreshFigures,
} from '../api/networks';
import { NetworkFigures } from './network-figures';
import { NewsCard } from './news-card';
import { PublishEventCard } from './publish-event-card';

const NetworkMap = lazy(() => import('./network-map').then((m) => ({ default: m.NetworkMap })));

export function NetworkPage() {
  const { t } = useTranslation('networks');
  const { orgId, role } = useCurrentOrg();
  const { networkId = '' } = useParams({ strict: false }) as { networkId?: string };
  const network = useNetwork(networkId);
  const dashboard = useNetworkDashboard(networkId);
  const whiteZones = useNetworkWhiteZones(networkId);
  const refresh = useRefreshFigures(networkId);
  const { dateTime } = useDateFormat();
  const coordinator = network.data?.myRole === 'coordinator';
  return (
    <div className="networks">
      <p>
        <Link to={orgPath(orgId, 'reseaux')}>← {t('title')}</Link>
      </p>
      <QueryStatus query={network} />
      {network.data ? (
        <>
          <PageHeader
            title={network.data.name}
            description={network.data.description ?? undefined}
          />
          <p className="library__actions">
            <Link to={orgPath(orgId, `reseaux/${networkId}/bibliotheque`)}>
              {t('library.title')}
            </Link>
            {network.data.publicUrl ? <a href={network.data.publicUrl}>{t('publicPage')}</a> : null}
          </p>
        </>
      ) : null}
      <Card title={t('dashboard')}>
        <QueryStatus query={dashboard} />
        {dashboard.data ? (
          <>
            <p>{t('dashboardLead', dashboard.data.period)}</p>
            <p className="network-muted">
              {dashboard.data.refreshedAt
                ? t('refreshedAt', { date: dateTime(dashboard.data.refreshedAt) })
                : t('neverRefreshed')}
            </p>
            <NetworkFigures dashboard={dashboard.data} />
          </>
        ) : null}
        {coordinator ? (
          <Button variant="secondary" disabled={refresh.isPending} onClick={() => refresh.mutate()}>
            {t('refresh')}
          </Button>
        ) : null}
      </Card>
      <Card title={t('map')}>
        {dashboard.data ? (
          <Suspense fallback={<Loading />}>
            <NetworkMap dashboard={dashboard.data} whiteZones={whiteZones.data} />
          </Suspense>
        ) : null}
      </Card>
      <AgendaCard networkId={networkId} />
      {can(role, 'networks.publish') ? (
        <PublishEventCard orgId={orgId} networkId={networkId} />
      ) : null}
      <NewsCard orgId={orgId} networkId={networkId} canPublish={can(role, 'networks.publish')} />
      {network.data ? (
        <Card title={t('membersTitle')}>
          <ul className="networks__list">
            {network.data.members.map((member) => (
              <li key={member.orgId} className="networks__item">
                <span className="networks__name">{member.name}</span>
                <span className="network-muted">{t(`countries.${member.country}`)}</span>
                <Badge>{t(`status.${member.status}`)}</Badge>
              </li>
            ))}
          </ul>
          {coordinator ? <InviteForm networkId={networkId} /> : null}
        </Card>
      ) : null}
    </div>
  );
}

function AgendaCard({ networkId }: { networkId: string }) {
  const { t, i18n } = useTranslation('networks');
  const agenda = useNetworkAgenda(networkId);
  /** On the clocks of the event's place, wherever the reader is. */
  const when = (iso: string, timeZone: string) =>
    new Intl.DateTimeFormat(i18n.language, {
      dateStyle: 'full',
      timeStyle: 'short',
      timeZone,
    }).format(new Date(iso));
  return (
    <Card title={t('agenda')}>
      <QueryStatus query={agenda} />
      {agenda.data?.items.length === 0 ? <p>{t('noEvents')}</p> : null}
      <ul className="network-agenda">
        {agenda.data?.items.map((event) => (
          <li key={event.id}>
            <strong>{event.title}</strong>
            {event.cancelled ? <Badge tone="danger">{t('cancelled')}</Badge> : null}
            <span>{when(event.startsAt, event.timeZone)}</span>
            <span className="network-muted">
              {[event.communeName, t(`countries.${event.country}`)].filter(Boolean).join(', ')} —{' '}
              {t('by', { name: event.orgName })}
            </span>
          </li>
        ))}
      </ul>
    </Card>
  );
}

function InviteForm({ networkId }: { networkId: string }) {
  const { t } = useTranslation('networks');
  const invite = useInviteOrganisation(networkId);
  const [slug, setSlug] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    invite.mutate(slug, { onSuccess: () => setSlug('') });
  };
  return (
    <form className="networks__form" onSubmit={submit} aria-label={t('invite')}>
      <h3>{t('invite')}</h3>
      {invite.isError ? <Alert tone="error">{t('failed')}</Alert> : null}
      {invite.isSuccess ? <Alert tone="success">{t('invited')}</Alert> : null}
      <TextField
        label={t('orgSlug')}
        name="orgSlug"
        value={slug}
        required
        onChange={(e) => setSlug(e.target.value)}
      />
      <Button type="submit" disabled={invite.isPending}>
        {t('sendInvitation')}
      </Button>
    </form>
  );
}
