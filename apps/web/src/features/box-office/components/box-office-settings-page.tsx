// The box office's settings: the organisation's price cap of a seat (admins and coordinators),
// and its HelloAsso account for online payment (admins enter it; coordinators see its state).
import './box-office.css';
import {
  can,
  type HelloAssoSettings,
  HelloAssoSettingsBodySchema,
  PriceCapBodySchema,
} from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Button,
  Card,
  ConfirmDialog,
  Form,
  PageHeader,
  QueryStatus,
  TextField,
} from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { isApiError } from '@/lib/api-client';
import { useSchemaForm } from '@/lib/form';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { centsFromEuros, eurosFromCents, useEuroFormat } from '@/lib/money';
import {
  useHelloAssoSettings,
  usePriceCap,
  useRemoveHelloAsso,
  useSaveHelloAsso,
  useSetPriceCap,
} from '../api/box-office-settings';

export function BoxOfficeSettingsPage() {
  const { t } = useTranslation('boxOffice');
  const { orgId } = useCurrentOrg();
  return (
    <>
      <PageHeader title={t('settings.title')} description={t('settings.intro')} />
      <div className="stack">
        <PriceCapCard orgId={orgId} />
        <HelloAssoCard orgId={orgId} />
      </div>
    </>
  );
}

type CapDetails = { concerts?: { sessionId: string; title: string | null; startsAt: string }[] };

function PriceCapCard({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation('boxOffice');
  const cap = usePriceCap(orgId);
  const save = useSetPriceCap(orgId);
  const euros = useEuroFormat(i18n.language);
  const dates = useDateFormat();
  const [saved, setSaved] = useState(false);
  const form = useSchemaForm({
    schema: PriceCapBodySchema,
    read: (element) => ({
      priceCapCents:
        centsFromEuros(String(new FormData(element).get('priceCap') ?? '')) ?? undefined,
    }),
    onSubmit: async (body) => {
      setSaved(false);
      await save.mutateAsync(body);
      setSaved(true);
    },
  });
  const refused =
    save.error && isApiError(save.error) && save.error.code === 'PAYMENT.CAP_BELOW_TARIFFS'
      ? ((save.error.details as CapDetails | undefined)?.concerts ?? [])
      : [];
  const data = cap.data;
  return (
    <Card title={t('settings.cap.title')}>
      <p>{t('settings.cap.intro')}</p>
      <QueryStatus query={cap} />
      {data ? (
        <Form formProps={form.formProps} error={form.formError} label={t('settings.cap.title')}>
          {saved ? <Alert tone="success">{t('settings.cap.saved')}</Alert> : null}
          <TextField
            name="priceCap"
            label={t('settings.cap.label')}
            hint={
              data.highestUpcomingPriceCents === null
                ? t('settings.cap.noneUpcoming')
                : t('settings.cap.highest', { price: euros(data.highestUpcomingPriceCents) })
            }
            inputMode="decimal"
            required
            defaultValue={eurosFromCents(data.priceCapCents)}
            error={form.fieldError('priceCapCents')}
            className="box-office-settings__amount"
          />
          {refused.length > 0 ? (
            <div>
              <p>{t('settings.cap.below')}</p>
              <ul>
                {refused.map((concert) => (
                  <li key={concert.sessionId}>
                    {[concert.title, dates.date(concert.startsAt)].filter(Boolean).join(' — ')}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <div className="form__actions">
            <Button type="submit" pending={form.pending}>
              {t('settings.cap.save')}
            </Button>
          </div>
        </Form>
      ) : null}
    </Card>
  );
}

function HelloAssoCard({ orgId }: { orgId: string }) {
  const { t } = useTranslation('boxOffice');
  const { role } = useCurrentOrg();
  const settings = useHelloAssoSettings(orgId);
  const dates = useDateFormat();
  const data = settings.data;
  return (
    <Card title={t('settings.helloasso.title')}>
      <p>{t('settings.helloasso.intro')}</p>
      <QueryStatus query={settings} />
      {data ? (
        <div className="stack">
          <Alert tone={data.configured ? 'success' : 'info'} live={false}>
            {data.configured ? t('settings.helloasso.on') : t('settings.helloasso.off')}
            {data.updatedAt
              ? ` ${t('settings.helloasso.updatedAt', { date: dates.dateTime(data.updatedAt) })}`
              : null}
          </Alert>
          <p className="muted">{t(`settings.helloasso.environment.${data.environment}`)}</p>
          {can(role, 'payments.configureOnline') ? (
            <HelloAssoForm orgId={orgId} data={data} />
          ) : (
            <p>{t('settings.helloasso.adminsOnly')}</p>
          )}
          <dl className="box-office-settings__facts">
            <dt>{t('settings.helloasso.notificationUrl')}</dt>
            <dd>
              <code className="box-office-settings__url">{data.notificationUrl}</code>
              <br />
              <span className="muted">{t('settings.helloasso.notificationUrlHint')}</span>
            </dd>
          </dl>
        </div>
      ) : null}
    </Card>
  );
}

function HelloAssoForm({ orgId, data }: { orgId: string; data: HelloAssoSettings }) {
  const { t } = useTranslation('boxOffice');
  const save = useSaveHelloAsso(orgId);
  const remove = useRemoveHelloAsso(orgId);
  const errorText = useErrorText();
  const [saved, setSaved] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const form = useSchemaForm({
    schema: HelloAssoSettingsBodySchema,
    read: (element) => {
      const fields = new FormData(element);
      const text = (name: string) => String(fields.get(name) ?? '').trim();
      const clearKey = fields.get('removeSignatureKey') === 'on';
      return {
        clientId: text('clientId'),
        organizationSlug: text('organizationSlug'),
        ...(text('clientSecret') ? { clientSecret: text('clientSecret') } : {}),
        ...(clearKey
          ? { signatureKey: null }
          : text('signatureKey')
            ? { signatureKey: text('signatureKey') }
            : {}),
      };
    },
    onSubmit: async (body, element) => {
      setSaved(false);
      await save.mutateAsync(body);
      // Secrets leave the page as soon as they are saved.
      for (const name of ['clientSecret', 'signatureKey']) {
        const input = element.elements.namedItem(name);
        if (input instanceof HTMLInputElement) input.value = '';
      }
      setSaved(true);
    },
  });
  return (
    <>
      <Form formProps={form.formProps} error={form.formError} label={t('settings.helloasso.title')}>
        {saved ? <Alert tone="success">{t('settings.helloasso.saved')}</Alert> : null}
        <TextField
          name="clientId"
          label={t('settings.helloasso.clientId')}
          hint={t('settings.helloasso.clientIdHint')}
          defaultValue={data.clientId ?? ''}
          autoComplete="off"
          spellCheck={false}
          required
          error={form.fieldError('clientId')}
        />
        <TextField
          name="clientSecret"
          type="password"
          label={t('settings.helloasso.clientSecret')}
          hint={
            data.hasClientSecret
              ? t('settings.helloasso.clientSecretKeep')
              : data.configured
                ? t('settings.helloasso.clientSecretUnreadable')
                : undefined
          }
          autoComplete="new-password"
          required={!data.hasClientSecret}
          error={form.fieldError('clientSecret')}
        />
        <TextField
          name="organizationSlug"
          label={t('settings.helloasso.slug')}
          hint={t('settings.helloasso.slugHint')}
          defaultValue={data.organizationSlug ?? ''}
          autoComplete="off"
          spellCheck={false}
          required
          error={form.fieldError('organizationSlug')}
        />
        <TextField
          name="signatureKey"
          type="password"
          label={t('settings.helloasso.signatureKey')}
          hint={
            data.hasSignatureKey
              ? t('settings.helloasso.signatureKeySet')
              : t('settings.helloasso.signatureKeyHint')
          }
          autoComplete="new-password"
          error={form.fieldError('signatureKey')}
        />
        {data.hasSignatureKey ? (
          <label className="checkbox">
            <input type="checkbox" name="removeSignatureKey" />
            {t('settings.helloasso.removeSignatureKey')}
          </label>
        ) : null}
        <p className="muted">{t('settings.helloasso.stored')}</p>
        <div className="form__actions">
          <Button type="submit" pending={form.pending}>
            {t('settings.helloasso.save')}
          </Button>
          {data.configured ? (
            <Button variant="secondary" onClick={() => setConfirming(true)}>
              {t('settings.helloasso.remove')}
            </Button>
          ) : null}
        </div>
      </Form>
      <ConfirmDialog
        open={confirming}
        title={t('settings.helloasso.removeTitle')}
        confirmLabel={t('settings.helloasso.remove')}
        pending={remove.isPending}
        error={remove.error ? errorText(remove.error) : null}
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          await remove.mutateAsync().catch(() => undefined);
          setConfirming(false);
          setSaved(false);
        }}
      >
        <p>{t('settings.helloasso.removeText')}</p>
      </ConfirmDialog>
    </>
  );
}
