import {
  can,
  type OrderPayments,
  onSitePaymentMethods,
  PaymentRecordBodySchema,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  ConfirmDialog,
  Dialog,
  Form,
  KeyFigures,
  SelectField,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { isApiError } from '@/lib/api-client';
import { useSchemaForm } from '@/lib/form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { centsFromEuros, eurosFromCents, useEuroFormat } from '@/lib/money';
import { useRecordPayment, useRemovePayment } from '../api/payments';
import { PaymentLineText } from './payment-lines';
import { RefundForm } from './refund-form';

type DialogProps = {
  orgId: string;
  sessionId: string;
  name: string;
  payment: OrderPayments;
};

/** The button of an order's row that opens its payments. */
export function OrderPaymentsButton(props: DialogProps) {
  const { t } = useTranslation('boxOffice');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        variant="secondary"
        aria-label={t('payment.openFor', { name: props.name })}
        onClick={() => setOpen(true)}
      >
        {t('payment.open')}
      </Button>
      <Dialog
        open={open}
        onClose={() => setOpen(false)}
        title={t('payment.dialogTitle', { name: props.name })}
      >
        <OrderPaymentsPanel {...props} />
      </Dialog>
    </>
  );
}

function OrderPaymentsPanel({ orgId, sessionId, payment }: DialogProps) {
  const { t, i18n } = useTranslation('boxOffice');
  const { role } = useCurrentOrg();
  const euros = useEuroFormat(i18n.language);
  const errorText = useErrorText();
  const remove = useRemovePayment(orgId, sessionId, payment.orderId);
  const [removing, setRemoving] = useState<OrderPayments['payments'][number] | null>(null);
  const mayRecord = can(role, 'payments.record');
  const [refunded, setRefunded] = useState(false);
  return (
    <div className="stack">
      <KeyFigures
        figures={(payment.refundedCents > 0
          ? (['total', 'paid', 'refunded', 'due'] as const)
          : (['total', 'paid', 'due'] as const)
        ).map((key) => ({
          key,
          label: t(`payment.${key}`),
          value: euros(payment[`${key}Cents`]),
        }))}
      />
      {payment.flags.map((flag) => (
        <Alert key={flag} tone="info">
          {t(`payment.flag.${flag}`)}
        </Alert>
      ))}
      {payment.pendingOnline > 0 && payment.dueCents > 0 ? (
        <p className="muted">{t('payment.pendingOnline', { count: payment.pendingOnline })}</p>
      ) : null}
      {payment.payments.length === 0 ? (
        <p>{t('payment.none')}</p>
      ) : (
        <ul className="box-office__payment-list" aria-label={t('payment.listCaption')}>
          {payment.payments.map((line) => (
            <li key={line.id}>
              <div>
                <PaymentLineText line={line} />
              </div>
              {mayRecord &&
              line.method !== 'helloasso' &&
              line.kind === 'payment' &&
              payment.refundedCents === 0 ? (
                <Button
                  variant="secondary"
                  size="small"
                  aria-label={t('payment.removeLabel', { amount: euros(line.amountCents) })}
                  onClick={() => setRemoving(line)}
                >
                  {t('payment.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {mayRecord && payment.dueCents > 0 ? (
        <RecordPaymentForm
          key={payment.payments.length}
          orgId={orgId}
          sessionId={sessionId}
          payment={payment}
        />
      ) : null}
      {refunded ? <Alert tone="success">{t('payment.refundDone')}</Alert> : null}
      {can(role, 'payments.refund') && payment.paidCents > 0 ? (
        <RefundForm
          onDone={() => setRefunded(true)}
          key={`refund-${payment.payments.length}`}
          orgId={orgId}
          sessionId={sessionId}
          payment={payment}
        />
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('payment.removeTitle')}
        confirmLabel={t('payment.remove')}
        pending={remove.isPending}
        error={remove.error && isApiError(remove.error) ? errorText(remove.error) : null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={async () => {
          if (!removing) return;
          await remove.mutateAsync(removing.id).catch(() => undefined);
          setRemoving(null);
        }}
      >
        <p>
          {removing
            ? `${t(`payment.method.${removing.method}`)} — ${euros(removing.amountCents)}`
            : null}
        </p>
        <p>{t('payment.removeText')}</p>
      </ConfirmDialog>
    </div>
  );
}

function RecordPaymentForm({ orgId, sessionId, payment }: Omit<DialogProps, 'name'>) {
  const { t, i18n } = useTranslation('boxOffice');
  const euros = useEuroFormat(i18n.language);
  const record = useRecordPayment(orgId, sessionId, payment.orderId);
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({
    schema: PaymentRecordBodySchema,
    read: (element) => {
      const data = new FormData(element);
      return {
        method: data.get('method'),
        amountCents: centsFromEuros(String(data.get('amount') ?? '')) ?? undefined,
      };
    },
    onSubmit: async (body) => {
      setSaved(false);
      await record.mutateAsync(body);
      setSaved(true);
    },
  });
  return (
    <Form formProps={form.formProps} error={form.formError} label={t('payment.recordTitle')}>
      <h3>{t('payment.recordTitle')}</h3>
      {saved ? <Alert tone="success">{t('payment.recorded')}</Alert> : null}
      <SelectField
        name="method"
        label={t('payment.methodLabel')}
        defaultValue="cash"
        options={onSitePaymentMethods.map((method) => ({
          value: method,
          label: t(`payment.method.${method}`),
        }))}
      />
      <TextField
        name="amount"
        label={t('payment.amountLabel')}
        hint={t('payment.amountHint', { due: euros(payment.dueCents) })}
        inputMode="decimal"
        defaultValue={eurosFromCents(payment.dueCents)}
        required
        error={form.fieldError('amountCents')}
      />
      <div className="form__actions">
        <Button type="submit" pending={form.pending}>
          {t('payment.record')}
        </Button>
      </div>
    </Form>
  );
}
