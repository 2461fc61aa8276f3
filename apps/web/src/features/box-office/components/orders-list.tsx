// The concert's orders for admins and coordinators: who, how to reach them, seats, tariffs and
// access needs (said once when booking).
import { useTranslation } from 'react-i18next';
import { QueryStatus, ScrollTable } from '@/components/ui';
import { useConcertOrders } from '../api/orders';

export function OrdersList({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useTranslation('boxOffice');
  const orders = useConcertOrders(orgId, sessionId);
  const items = orders.data?.items ?? [];
  return (
    <section className="box-office__orders" aria-labelledby="box-office-orders">
      <h3 id="box-office-orders">{t('ordersTitle')}</h3>
      <QueryStatus query={orders} />
      {orders.data && items.length === 0 ? <p>{t('noOrder')}</p> : null}
      {items.length > 0 ? (
        <ScrollTable label={t('ordersCaption')}>
          <table className="box-office-table">
            <caption className="visually-hidden">{t('ordersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('contact')}</th>
                <th scope="col">{t('seats')}</th>
                <th scope="col">{t('detail')}</th>
                <th scope="col">{t('accessNeeds')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((order) => (
                <tr key={order.id} className={order.status === 'cancelled' ? 'muted' : undefined}>
                  <th scope="row">
                    {order.name}
                    {order.status === 'cancelled' ? ` (${t('cancelled')})` : ''}
                  </th>
                  <td>{[order.email, order.phone].filter(Boolean).join(' · ')}</td>
                  <td>{order.seats}</td>
                  <td>
                    {order.lines
                      .map((line) => `${line.quantity} × ${t(`kind.${line.kind}`)}`)
                      .join(', ')}
                  </td>
                  <td>{order.accessNeeds ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      <p className="muted">{t('privacy')}</p>
    </section>
  );
}
