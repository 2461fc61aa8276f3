// One allocation as its relay works with it: the concert, what is left to name and until when,
// a form to name a guest (first name, e-mail or phone, seats), the link to hand them, and the
// guests named, each cancellable.
import {
  can,
  GuestNominationBodySchema,
  type RelayAllocationView,
  type RelayGuest,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, ConfirmDialog, Form, QueryStatus, TextField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useSchemaForm } from '@/lib/form';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { readForm } from '@/lib/read-form';
import { useAllocation, useCancelGuest, useNominateGuest } from '../api/relay-allocations';
import { useConcertWhen } from './concert-when';
import { LedgerFigures } from './ledger-figures';

export function AllocationPanel({
  orgId,
  allocation,
}: {
  orgId: string;
  allocation: RelayAllocationView;
}) {
  const { t, i18n } = useTranslation('relaySeats');
  const { role } = useCurrentOrg();
  const when = useConcertWhen();
  const left = Math.max(0, allocation.seats - allocation.ledger.claimed);
  const closes = new Intl.DateTimeFormat(i18n.language, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: allocation.concert.timeZone,
  }).format(new Date(allocation.closesAt));
  const title = `${allocation.concert.title ?? t('title')} — ${allocation.partnerName}`;
  return (
    <Card title={title} className="allocation-panel">
      <p className="allocation-panel__when">
        {when(allocation)}
        {allocation.concert.venueName ? ` · ${allocation.concert.venueName}` : ''}
      </p>
      <LedgerFigures ledger={allocation.ledger} withNote={false} />
      {allocation.open ? (
        <p>
          <strong>{t('left', { count: left })}</strong> — {t('nominateUntil', { date: closes })}
        </p>
      ) : (
        <p>{t('nominationClosed')}</p>
      )}
      {allocation.open && left > 0 && can(role, 'relaySeats.nominate') ? (
        <NominateForm orgId={orgId} allocation={allocation} left={left} />
      ) : null}
      {can(role, 'relaySeats.readGuests') ? <Guests orgId={orgId} allocation={allocation} /> : null}
    </Card>
  );
}

function NominateForm({
  orgId,
  allocation,
  left,
}: {
  orgId: string;
  allocation: RelayAllocationView;
  left: number;
}) {
  const { t } = useTranslation('relaySeats');
  const nominate = useNominateGuest(orgId, allocation.id);
  const [named, setNamed] = useState<RelayGuest | null>(null);
  const [copied, setCopied] = useState(false);
  const form = useSchemaForm({
    schema: GuestNominationBodySchema,
    read: (element) => {
      const values = readForm(element);
      return {
        firstName: values.text('firstName'),
        ...(values.optionalText('email') ? { email: values.text('email') } : {}),
        ...(values.optionalText('phone') ? { phone: values.text('phone') } : {}),
        seats: values.number('seats') ?? 1,
      };
    },
    onSubmit: async (body, element) => {
      setCopied(false);
      setNamed(await nominate.mutateAsync(body));
      element.reset();
    },
  });
  const prefix = `guest-${allocation.id}`;
  return (
    <section className="allocation-panel__nominate" aria-labelledby={`${prefix}-title`}>
      <h3 id={`${prefix}-title`}>{t('nominateTitle')}</h3>
      <Form formProps={form.formProps} error={form.formError} label={t('nominateTitle')}>
        <div className="guest-fields">
          <TextField
            name="firstName"
            label={t('firstName')}
            autoComplete="off"
            maxLength={60}
            error={form.fieldError('firstName')}
          />
          <TextField
            name="seats"
            type="number"
            min={1}
            max={Math.min(6, left)}
            label={t('guestSeats')}
            defaultValue="1"
            error={form.fieldError('seats')}
          />
          <TextField
            name="email"
            type="email"
            label={t('email')}
            autoComplete="off"
            error={form.fieldError('email')}
          />
          <TextField
            name="phone"
            type="tel"
            label={t('phone')}
            hint={t('phoneHint')}
            autoComplete="off"
            error={form.fieldError('phone')}
          />
        </div>
        <div className="seat-layers__actions">
          <Button type="submit" pending={form.pending}>
            {t('nominate')}
          </Button>
        </div>
      </Form>
      {named ? (
        <Alert tone="success">
          {t('nominated', { name: named.firstName })}
          {named.orderUrl ? (
            <>
              <br />
              <a href={named.orderUrl} className="allocation-panel__link">
                {named.orderUrl}
              </a>{' '}
              <Button
                variant="ghost"
                size="small"
                onClick={async () => {
                  await navigator.clipboard?.writeText(named.orderUrl ?? '');
                  setCopied(true);
                }}
              >
                {copied ? t('copied') : t('copy')}
              </Button>
            </>
          ) : null}
        </Alert>
      ) : null}
    </section>
  );
}

function Guests({ orgId, allocation }: { orgId: string; allocation: RelayAllocationView }) {
  const { t } = useTranslation('relaySeats');
  const errorText = useErrorText();
  const detail = useAllocation(orgId, allocation.id);
  const cancel = useCancelGuest(orgId, allocation.id);
  const [cancelling, setCancelling] = useState<RelayGuest | null>(null);
  const guests = detail.data?.guests ?? [];
  return (
    <section className="allocation-panel__guests" aria-labelledby={`guests-${allocation.id}`}>
      <h3 id={`guests-${allocation.id}`}>{t('guestsTitle')}</h3>
      <QueryStatus query={detail} />
      {detail.data && guests.length === 0 ? <p>{t('noGuest')}</p> : null}
      {guests.length > 0 ? (
        // A list rather than a table: it stays whole on a phone.
        <ul className="guest-list" aria-label={t('guestsCaption')}>
          {guests.map((guest) => (
            <li
              key={guest.id}
              className={
                guest.status === 'cancelled' ? 'guest-list__item muted' : 'guest-list__item'
              }
            >
              <p className="guest-list__who">
                <strong>{guest.firstName}</strong> · {t('guestSeatsCount', { count: guest.seats })}{' '}
                · {t(`status.${guest.status}`)}
              </p>
              <p className="guest-list__contact">
                {[guest.email, guest.phone].filter(Boolean).join(' · ')}
              </p>
              {guest.status !== 'cancelled' ? (
                <p className="guest-list__actions">
                  {guest.orderUrl ? (
                    <a
                      href={guest.orderUrl}
                      aria-label={t('openTicket', { name: guest.firstName })}
                    >
                      {t('ticket')}
                    </a>
                  ) : null}
                  {guest.status === 'claimed' && allocation.open ? (
                    <Button
                      variant="ghost"
                      size="small"
                      aria-label={t('cancelGuestNamed', { name: guest.firstName })}
                      onClick={() => setCancelling(guest)}
                    >
                      {t('cancelGuest')}
                    </Button>
                  ) : null}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="muted">{t('guestsPrivacy')}</p>
      <ConfirmDialog
        open={cancelling !== null}
        title={t('cancelGuestNamed', { name: cancelling?.firstName ?? '' })}
        confirmLabel={t('cancelGuest')}
        pending={cancel.isPending}
        error={cancel.isError ? errorText(cancel.error) : null}
        onClose={() => {
          cancel.reset();
          setCancelling(null);
        }}
        onConfirm={() => {
          if (!cancelling) return;
          // A refusal stays in the dialog (cancel.error); success closes it.
          cancel.mutate(cancelling.id, { onSuccess: () => setCancelling(null) });
        }}
      >
        <p>{t('cancelConfirm', { name: cancelling?.firstName ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
