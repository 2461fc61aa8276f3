// A concert's "Jauge et places offertes" card on its session page: the hall in layers (public,
// workshop groups, relays), the relays' ledger in counts, the allocations with their editor and
// suggested split, and the seats held for the workshops' groups. Never a guest's name.
import './relay-seats.css';
import { type ConcertSeatLayers, can } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, KeyFigures, QueryStatus, ScrollTable } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSeatLayers } from '../api/seat-layers';
import { AllocationsForm } from './allocations-form';
import { GroupReservationsForm } from './group-reservations-form';
import { LedgerFigures } from './ledger-figures';

/** Shown on a concert's page to the roles that read the layers; nothing for others. */
export function SeatLayersCard({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { role } = useCurrentOrg();
  if (!can(role, 'relaySeats.read')) return null;
  return <SeatLayersBody orgId={orgId} sessionId={sessionId} />;
}

function SeatLayersBody({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useTranslation('relaySeats');
  const { role } = useCurrentOrg();
  const layers = useSeatLayers(orgId, sessionId);
  const [editing, setEditing] = useState(false);
  const data = layers.data;
  const manager = can(role, 'relaySeats.manage');
  return (
    <Card title={t('layersTitle')} className="seat-layers">
      <QueryStatus query={layers} />
      {data ? (
        <>
          <p className="muted">{t('layersLead')}</p>
          <KeyFigures
            figures={(
              [
                'capacity',
                'publicBooked',
                'groupSeats',
                'relaySeats',
                'remaining',
                'unallocated',
              ] as const
            ).map((key) => ({ key, label: t(key), value: data[key] ?? '—' }))}
          />
          {data.capacity === null ? <p className="muted">{t('noCapacity')}</p> : null}
          <h3>{t('ledgerTitle')}</h3>
          <LedgerFigures ledger={data.ledger} />
          {editing ? (
            <AllocationsForm orgId={orgId} layers={data} onDone={() => setEditing(false)} />
          ) : (
            <AllocationsTable layers={data} />
          )}
          {!editing && manager ? (
            <div className="seat-layers__actions">
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {t('editAllocations')}
              </Button>
            </div>
          ) : null}
          <p className="muted">{t('privacy')}</p>
          <GroupReservationsForm orgId={orgId} layers={data} editable={manager} />
        </>
      ) : null}
    </Card>
  );
}

function AllocationsTable({ layers }: { layers: ConcertSeatLayers }) {
  const { t, i18n } = useTranslation('relaySeats');
  if (layers.allocations.length === 0) return <p>{t('noAllocation')}</p>;
  const when = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: layers.timeZone,
  });
  const day = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeZone: 'UTC' });
  return (
    <ScrollTable label={t('allocationsCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('allocationsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('relay')}</th>
            <th scope="col" className="num">
              {t('issued')}
            </th>
            <th scope="col" className="num">
              {t('claimed')}
            </th>
            <th scope="col" className="num">
              {t('used')}
            </th>
            <th scope="col" className="num">
              {t('released')}
            </th>
            <th scope="col">{t('validUntil')}</th>
            <th scope="col">{t('closesAt')}</th>
            <th scope="col">{t('state')}</th>
          </tr>
        </thead>
        <tbody>
          {layers.allocations.map((allocation) => (
            <tr key={allocation.id}>
              <th scope="row">{allocation.partnerName}</th>
              <td className="num">{allocation.ledger.issued}</td>
              <td className="num">{allocation.ledger.claimed}</td>
              <td className="num">{allocation.ledger.used}</td>
              <td className="num">{allocation.ledger.released}</td>
              <td>
                {allocation.validUntil
                  ? day.format(new Date(`${allocation.validUntil}T00:00:00Z`))
                  : '—'}
              </td>
              <td>{when.format(new Date(allocation.closesAt))}</td>
              <td>{allocation.open ? t('open') : t('closed')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
