// An order's payment state as the orders table shows it (a badge, what was paid of the total, the
// flags), and the concert's payments in one paragraph: what was kept, is left, per method.
import { Link } from '@tanstack/react-router';
import { type ConcertPayments, can, type OrderPayments } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useEuroFormat } from '@/lib/money';
import { orgPath } from '@/lib/paths';

const tones = {
  free: 'neutral',
  toPay: 'danger',
  partlyPaid: 'primary',
  paid: 'success',
  refunded: 'neutral',
} as const;

/** The badge and amounts of an order's payment, for its row in the orders table. */
export function PaymentState({ payment }: { payment: OrderPayments }) {
  const { t, i18n } = useTranslation('boxOffice');
  const euros = useEuroFormat(i18n.language);
  return (
    <>
      <Badge tone={tones[payment.status]}>{t(`payment.status.${payment.status}`)}</Badge>
      {payment.status !== 'free' ? (
        <span className="box-office__amounts">
          {t('payment.amounts', {
            paid: euros(payment.paidCents),
            total: euros(payment.totalCents),
          })}
        </span>
      ) : null}
      {payment.flags.map((flag) => (
        <span key={flag} className="box-office__flag">
          {t(`payment.flag.${flag}`)}
        </span>
      ))}
    </>
  );
}

/** What the concert's orders cost, received and have left, and whether online payment is on. */
export function PaymentsSummary({ payments }: { payments: ConcertPayments }) {
  const { t, i18n } = useTranslation('boxOffice');
  const { orgId, role } = useCurrentOrg();
  const euros = useEuroFormat(i18n.language);
  return (
    <div className="box-office__payments-summary">
      <p>
        {t('payment.summary', {
          paid: euros(payments.paidCents),
          total: euros(payments.totalCents),
          due: euros(payments.dueCents),
        })}
      </p>
      {payments.byMethod.length > 0 ? (
        <ul className="box-office__methods">
          {payments.byMethod.map((entry) => (
            <li key={entry.method}>
              {t('payment.byMethod', {
                method: t(`payment.method.${entry.method}`),
                amount: euros(entry.amountCents),
              })}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">
        {payments.onlineEnabled ? t('payment.onlineOn') : t('payment.onlineOff')}{' '}
        {can(role, 'boxOfficeSettings.setPriceCap') ? (
          <Link to={orgPath(orgId, 'box-office/settings')}>{t('payment.settingsLink')}</Link>
        ) : null}
      </p>
    </div>
  );
}
