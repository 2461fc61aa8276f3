// The concert's orders for admins and coordinators: who, payment (state and lines: method,
// amount, date, who recorded it), seats, tariffs, how to reach them and access needs (said once
// when booking). Payment comes right after the name so that a phone shows both without scrolling.
import { useTranslation } from 'react-i18next';
import { QueryStatus, ScrollTable } from '@/components/ui';
import { useConcertOrders } from '../api/orders';
import { useConcertPayments } from '../api/payments';
import { OrderPaymentsButton } from './order-payments';
import { PaymentLines } from './payment-lines';
import { PaymentState, PaymentsSummary } from './payment-state';

export function OrdersList({ orgId, sessionId }: { orgId: string; sessionId: string }) {
  const { t } = useTranslation('boxOffice');
  const orders = useConcertOrders(orgId, sessionId);
  const payments = useConcertPayments(orgId, sessionId);
  const items = orders.data?.items ?? [];
  const paymentOf = new Map(payments.data?.items.map((item) => [item.orderId, item]));
  return (
    <section className="box-office__orders" aria-labelledby="box-office-orders">
      <h3 id="box-office-orders">{t('ordersTitle')}</h3>
      <QueryStatus query={orders} />
      <QueryStatus query={payments} />
      {payments.data && items.length > 0 ? <PaymentsSummary payments={payments.data} /> : null}
      {orders.data && items.length === 0 ? <p>{t('noOrder')}</p> : null}
      {items.length > 0 ? (
        <ScrollTable label={t('ordersCaption')}>
          <table className="data-table">
            <caption className="visually-hidden">{t('ordersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('who')}</th>
                <th scope="col">{t('payment.column')}</th>
                <th scope="col">{t('seats')}</th>
                <th scope="col">{t('detail')}</th>
                <th scope="col">{t('contact')}</th>
                <th scope="col">{t('accessNeeds')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((order) => {
                const payment = paymentOf.get(order.id);
                return (
                  <tr key={order.id} className={order.status === 'cancelled' ? 'muted' : undefined}>
                    <th scope="row">
                      {order.name}
                      {order.status === 'cancelled' ? ` (${t('cancelled')})` : ''}
                      {order.status === 'pending' ? ` (${t('pending')})` : ''}
                    </th>
                    <td>
                      <div className="box-office__payment">
                        {payment ? <PaymentState payment={payment} /> : null}
                        <PaymentLines name={order.name} lines={order.payments} />
                        {payment ? (
                          <OrderPaymentsButton
                            orgId={orgId}
                            sessionId={sessionId}
                            name={order.name}
                            payment={payment}
                          />
                        ) : null}
                      </div>
                    </td>
                    <td>{order.seats}</td>
                    <td>
                      {order.lines.length === 0
                        ? t('groupOrder')
                        : order.lines
                            .map((line) => `${line.quantity} × ${t(`kind.${line.kind}`)}`)
                            .join(', ')}
                    </td>
                    <td>{[order.email, order.phone].filter(Boolean).join(' · ')}</td>
                    <td>{order.accessNeeds ?? ''}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </ScrollTable>
      ) : null}
      <p className="muted">{t('privacy')}</p>
    </section>
  );
}
