// An order's payment lines (payments and refunds): the method, the amount in euros, when and who
// recorded it. The orders table lists them in the order's row (from the orders' JSON); the
// order's payments dialog shows the same text with the buttons to remove a line.
import type { Payment } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { useDateFormat } from '@/lib/format';
import { useEuroFormat } from '@/lib/money';

/** One line: "Chèques culture — 10,00 €", its reason if a refund, "le …, par …". */
export function PaymentLineText({ line, withTime = true }: { line: Payment; withTime?: boolean }) {
  const { t, i18n } = useTranslation('boxOffice');
  const euros = useEuroFormat(i18n.language);
  const dates = useDateFormat();
  return (
    <>
      {line.kind === 'refund' ? <>{t('payment.refundKind')} · </> : null}
      <strong>{t(`payment.method.${line.method}`)}</strong> — {euros(line.amountCents)}
      <br />
      {line.reason ? (
        <>
          {t('payment.reasonLine', { reason: line.reason })}
          <br />
        </>
      ) : null}
      <span className="muted">
        {t('payment.recordedLine', {
          date: withTime ? dates.dateTime(line.recordedAt) : dates.date(line.recordedAt),
          who: line.method === 'helloasso' ? t('payment.byHelloAsso') : (line.recordedBy ?? '—'),
        })}
      </span>
    </>
  );
}

/** The lines of an order in its row of the orders table; nothing when it has none. */
export function PaymentLines({ name, lines }: { name: string; lines: Payment[] }) {
  const { t } = useTranslation('boxOffice');
  if (lines.length === 0) return null;
  return (
    <ul className="box-office__lines" aria-label={t('payment.linesOf', { name })}>
      {lines.map((line) => (
        <li key={line.id}>
          <PaymentLineText line={line} withTime={false} />
        </li>
      ))}
    </ul>
  );
}
