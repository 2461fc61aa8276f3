// A concert's "Billetterie" card on its session page: seats booked, held and left, tariffs with
// their counts, the tariffs' editor for planners, and for the roles that read orders: the
// orders, the group orders and the waiting list.
import './box-office.css';
import { type BoxOffice, can } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, KeyFigures, QueryStatus, ScrollTable } from '@/components/ui';
import { DoorSummary } from '@/features/door';
import { useCurrentOrg } from '@/features/organisations';
import { useEuroFormat } from '@/lib/money';
import { useBoxOffice } from '../api/box-office';
import { ConcertFiguresSection } from './concert-figures';
import { GroupOrdersSection } from './group-orders';
import { OrdersList } from './orders-list';
import { TariffsForm } from './tariffs-form';
import { WaitingListSection } from './waiting-list';

/** Shown on a concert's page to the roles that read the box office; nothing for others. */
export function BoxOfficeCard({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { role } = useCurrentOrg();
  if (!can(role, 'concerts.read')) return null;
  return <BoxOfficeBody orgId={orgId} sessionId={sessionId} />;
}

function BoxOfficeBody({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t, i18n } = useTranslation('boxOffice');
  const { role } = useCurrentOrg();
  const box = useBoxOffice(orgId, sessionId);
  const euros = useEuroFormat(i18n.language);
  const [editing, setEditing] = useState(false);
  const data = box.data;
  return (
    <Card title={t('title')}>
      <QueryStatus query={box} />
      {data ? (
        <>
          <KeyFigures
            figures={[
              { key: 'capacity', label: t('capacity'), value: data.capacity ?? '—' },
              { key: 'booked', label: t('booked'), value: data.booked },
              ...(data.held > 0 ? [{ key: 'held', label: t('held'), value: data.held }] : []),
              { key: 'remaining', label: t('remaining'), value: data.remaining ?? '—' },
              { key: 'orders', label: t('orders'), value: data.orders },
            ]}
          />
          {data.held > 0 ? <p className="muted">{t('heldHint')}</p> : null}
          {data.capacity === null ? (
            <p className="muted">{`${t('capacity')} : ${t('noCapacity')}`}</p>
          ) : null}
          {data.supporterFunded > 0 ? (
            <p>{t('supporterFunded', { count: data.supporterFunded })}</p>
          ) : null}
          {editing ? (
            <TariffsForm orgId={orgId} box={data} onDone={() => setEditing(false)} />
          ) : (
            <TariffTable box={data} euros={euros} />
          )}
          <p className="muted">{t('cap', { cap: euros(data.priceCapCents) })}</p>
          {!editing && can(role, 'concerts.manageTariffs') ? (
            <div className="box-office__actions">
              <Button variant="secondary" onClick={() => setEditing(true)}>
                {t('edit')}
              </Button>
            </div>
          ) : null}
          {can(role, 'concerts.readOrders') ? (
            <>
              <OrdersList orgId={orgId} sessionId={sessionId} />
              <GroupOrdersSection orgId={orgId} sessionId={sessionId} />
              <WaitingListSection orgId={orgId} sessionId={sessionId} />
              <ConcertFiguresSection orgId={orgId} sessionId={sessionId} />
            </>
          ) : null}
          <DoorSummary orgId={orgId} sessionId={sessionId} />
        </>
      ) : null}
    </Card>
  );
}

function TariffTable({ box, euros }: { box: BoxOffice; euros: (cents: number) => string }) {
  const { t } = useTranslation('boxOffice');
  if (box.tariffs.length === 0) {
    return (
      <>
        <p>{t('noTariff')}</p>
        <p className="muted">{t('publicNote')}</p>
      </>
    );
  }
  return (
    <ScrollTable label={t('tariffsCaption')}>
      <table className="data-table">
        <caption className="visually-hidden">{t('tariffsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('tariff')}</th>
            <th scope="col">{t('price')}</th>
            <th scope="col">{t('conditions')}</th>
            <th scope="col" className="num">
              {t('limit')}
            </th>
            <th scope="col" className="num">
              {t('booked')}
            </th>
            <th scope="col" className="num">
              {t('remaining')}
            </th>
          </tr>
        </thead>
        <tbody>
          {box.tariffs.map((tariff) => (
            <tr key={tariff.id}>
              <th scope="row">{t(`kind.${tariff.kind}`)}</th>
              <td>
                {tariff.kind === 'payWhatYouCan'
                  ? t('range', {
                      floor: euros(tariff.floorCents ?? 0),
                      ceiling: euros(tariff.ceilingCents ?? 0),
                    })
                  : euros(tariff.priceCents ?? 0)}
              </td>
              <td>{tariff.conditions}</td>
              <td className="num">{tariff.seatLimit ?? t('noLimit')}</td>
              <td className="num">{tariff.booked}</td>
              <td className="num">{tariff.remaining ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollTable>
  );
}
