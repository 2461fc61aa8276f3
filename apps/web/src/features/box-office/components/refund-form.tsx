// Giving back all or part of what a booking paid: how (cash, cheque, transfer, or done in
// HelloAsso's back office), how much (at most what it kept) and why, told to the person by e-mail.
import { type OrderPayments, RefundBodySchema, refundMethods } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Button, Form, SelectField, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { centsFromEuros, eurosFromCents, useEuroFormat } from '@/lib/money';
import { useRefundOrder } from '../api/payments';

export function RefundForm({
  orgId,
  sessionId,
  payment,
  onDone,
}: {
  orgId: string;
  sessionId: string;
  payment: OrderPayments;
  /** Told once a refund is recorded (the form is then drawn anew for what is left). */
  onDone: () => void;
}) {
  const { t, i18n } = useTranslation('boxOffice');
  const euros = useEuroFormat(i18n.language);
  const refund = useRefundOrder(orgId, sessionId, payment.orderId);
  const form = useSchemaForm({
    schema: RefundBodySchema,
    read: (element) => {
      const data = new FormData(element);
      return {
        method: data.get('method'),
        amountCents: centsFromEuros(String(data.get('amount') ?? '')) ?? undefined,
        reason: String(data.get('reason') ?? ''),
      };
    },
    onSubmit: async (body) => {
      await refund.mutateAsync(body);
      onDone();
    },
  });
  return (
    <Form formProps={form.formProps} error={form.formError} label={t('payment.refundTitle')}>
      <h3>{t('payment.refundTitle')}</h3>
      <p className="muted">{t('payment.refundIntro')}</p>
      <SelectField
        name="method"
        label={t('payment.refundMethodLabel')}
        defaultValue="cash"
        options={refundMethods.map((method) => ({
          value: method,
          label: t(`payment.method.${method}`),
        }))}
        error={form.fieldError('method')}
      />
      <TextField
        name="amount"
        label={t('payment.refundAmountLabel')}
        hint={t('payment.refundAmountHint', { paid: euros(payment.paidCents) })}
        inputMode="decimal"
        defaultValue={eurosFromCents(payment.paidCents)}
        required
        error={form.fieldError('amountCents')}
      />
      <TextField
        name="reason"
        label={t('payment.reasonLabel')}
        hint={t('payment.reasonHint')}
        required
        maxLength={500}
        error={form.fieldError('reason')}
      />
      <div className="form__actions">
        <Button type="submit" variant="secondary" pending={form.pending}>
          {t('payment.refund')}
        </Button>
      </div>
    </Form>
  );
}
