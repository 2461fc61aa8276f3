// "Places offertes": for a relay, the seats entrusted to their partners on the next concerts,
// each with its ledger, a form to name a guest and the guests named; for organisers, every
// relay's allocations in counts (the guests stay with their relay).
import './relay-seats.css';
import { can, type RelayAllocationView } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, PageHeader, Pager, QueryStatus, ScrollTable } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useMyAllocations } from '../api/relay-allocations';
import { AllocationPanel } from './allocation-panel';
import { useConcertWhen } from './concert-when';
import { LedgerFigures } from './ledger-figures';

const PAGE = 50;

export function RelaySeatsPage() {
  const { t } = useTranslation('relaySeats');
  const { orgId, role } = useCurrentOrg();
  const [past, setPast] = useState(false);
  const [offset, setOffset] = useState(0);
  const allocations = useMyAllocations(orgId, past, offset, PAGE);
  const relay = can(role, 'relaySeats.readGuests');
  const items = allocations.data?.items ?? [];
  const total = allocations.data?.total ?? 0;
  return (
    <div className="relay-seats">
      <PageHeader title={t('title')} description={relay ? t('pageLead') : t('organiserLead')} />
      <label className="relay-seats__past">
        <input
          type="checkbox"
          checked={past}
          onChange={(event) => {
            setPast(event.target.checked);
            setOffset(0);
          }}
        />{' '}
        {t('showPast')}
      </label>
      <QueryStatus query={allocations} />
      {allocations.data && total === 0 ? (
        <Card>
          <p>{t('noAllocationYet')}</p>
        </Card>
      ) : null}
      {allocations.data && total > 0 ? (
        <Card title={t('ledgerTitle')}>
          <LedgerFigures ledger={allocations.data.ledger} />
        </Card>
      ) : null}
      {relay
        ? items.map((allocation) => (
            <AllocationPanel key={allocation.id} orgId={orgId} allocation={allocation} />
          ))
        : null}
      {!relay && items.length > 0 ? <OrganiserTable items={items} /> : null}
      <Pager offset={offset} limit={PAGE} total={total} onChange={setOffset} />
    </div>
  );
}

/** Every relay's allocations in counts, the next concerts first: what organisers read here. */
function OrganiserTable({ items }: { items: RelayAllocationView[] }) {
  const { t } = useTranslation('relaySeats');
  const when = useConcertWhen();
  return (
    <Card title={t('allocationsCaption')}>
      <ScrollTable label={t('allocationsCaption')}>
        <table className="data-table">
          <caption className="visually-hidden">{t('allocationsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('concert')}</th>
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
              <th scope="col">{t('state')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((allocation) => (
              <tr key={allocation.id}>
                <td>
                  {allocation.concert.title ?? t('title')}
                  <br />
                  <span className="muted">{when(allocation)}</span>
                </td>
                <th scope="row">{allocation.partnerName}</th>
                <td className="num">{allocation.ledger.issued}</td>
                <td className="num">{allocation.ledger.claimed}</td>
                <td className="num">{allocation.ledger.used}</td>
                <td className="num">{allocation.ledger.released}</td>
                <td>{allocation.open ? t('open') : t('closed')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
      <p className="muted">{t('privacy')}</p>
    </Card>
  );
}
