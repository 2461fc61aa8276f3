// The relay's home card: the seats entrusted to them on the next concerts and what is left to
// name, with the way to name guests. Nothing when none is entrusted.
import './relay-seats.css';
import { Link } from '@tanstack/react-router';
import { can } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useMyAllocations } from '../api/relay-allocations';
import { useConcertWhen } from './concert-when';

export function RelaySeatsHome() {
  const { orgId, role } = useCurrentOrg();
  if (!can(role, 'relaySeats.readGuests')) return null;
  return <HomeCard orgId={orgId} />;
}

function HomeCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation('relaySeats');
  const allocations = useMyAllocations(orgId);
  const when = useConcertWhen();
  const items = allocations.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card title={t('homeTitle')} className="relay-seats-home">
      <ul className="relay-seats-home__list">
        {items.map((allocation) => (
          <li key={allocation.id}>
            <strong>{allocation.concert.title ?? t('title')}</strong> — {when(allocation)}
            <br />
            {allocation.partnerName}
            {' · '}
            {allocation.open
              ? t('left', { count: Math.max(0, allocation.seats - allocation.ledger.claimed) })
              : t('nominationClosed')}
          </li>
        ))}
      </ul>
      <p>
        <Link to={orgPath(orgId, 'places-offertes')}>{t('homeOpen')}</Link>
      </p>
    </Card>
  );
}
