// The guardian consents of a participant: current and withdrawn, add one, withdraw one.
import { type Consent, ConsentCreateBodySchema, type ParticipantDetail } from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  Alert,
  Badge,
  Button,
  Card,
  Dialog,
  Form,
  Item,
  ItemList,
  TextField,
} from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { readForm } from '@/lib/read-form';
import { useAddConsent, useWithdrawConsent } from '../api/consents';
import { ConsentFields, readConsent } from './consent-fields';

export function ConsentsCard({
  orgId,
  participant,
  canEdit,
}: {
  orgId: string;
  participant: ParticipantDetail;
  canEdit: boolean;
}) {
  const { t } = useTranslation('participants');
  const [adding, setAdding] = useState(false);
  const add = useAddConsent(orgId, participant.id);
  const form = useSchemaForm({
    schema: ConsentCreateBodySchema,
    read: (element) => readConsent(readForm(element)),
    onSubmit: async (values) => {
      await add.mutateAsync(values);
      setAdding(false);
    },
  });

  return (
    <Card title={t('consents.title')}>
      <div className="stack">
        {participant.consentStatus === 'missing' ? (
          <Alert tone="error" live={false}>
            {t('consents.missingNotice')}
          </Alert>
        ) : null}
        {participant.consentStatus === 'not_required' ? <p>{t('consents.notRequired')}</p> : null}
        {participant.consents.length === 0 ? (
          participant.isMinor ? (
            <p>{t('consents.none')}</p>
          ) : null
        ) : (
          <ItemList label={t('consents.title')}>
            {participant.consents.map((consent) => (
              <ConsentItem
                key={consent.id}
                orgId={orgId}
                participantId={participant.id}
                consent={consent}
                canEdit={canEdit}
              />
            ))}
          </ItemList>
        )}
        {canEdit && !participant.anonymised ? (
          <div>
            <Button icon="plus" size="small" variant="secondary" onClick={() => setAdding(true)}>
              {t('consents.add')}
            </Button>
          </div>
        ) : null}
      </div>
      <Dialog open={adding} onClose={() => setAdding(false)} title={t('consentForm.addTitle')}>
        {adding ? (
          <Form formProps={form.formProps} error={form.formError}>
            <ConsentFields errorAt={form.fieldErrorAt} />
            <div className="form__actions">
              <Button type="submit" pending={form.pending}>
                {t('consentForm.add')}
              </Button>
            </div>
          </Form>
        ) : null}
      </Dialog>
    </Card>
  );
}

function ConsentItem({
  orgId,
  participantId,
  consent,
  canEdit,
}: {
  orgId: string;
  participantId: string;
  consent: Consent;
  canEdit: boolean;
}) {
  const { t } = useTranslation('participants');
  const format = useDateFormat();
  const errorText = useErrorText();
  const withdraw = useWithdrawConsent(orgId, participantId);
  const [withdrawing, setWithdrawing] = useState(false);
  const [withdrawnOn, setWithdrawnOn] = useState(today());

  return (
    <Item
      title={
        consent.guardianName
          ? t('consents.given', {
              date: format.date(consent.givenOn),
              name: consent.guardianName,
              method: t(`methods.${consent.method}`),
            })
          : t('consents.givenUnnamed', {
              date: format.date(consent.givenOn),
              method: t(`methods.${consent.method}`),
            })
      }
      badges={
        consent.withdrawnOn ? (
          <Badge>{t('consents.withdrawnOn', { date: format.date(consent.withdrawnOn) })}</Badge>
        ) : (
          <Badge tone="success">{t('consents.current')}</Badge>
        )
      }
      meta={[
        ...consent.purposes.map((purpose) => t(`purposes.${purpose}`)),
        ...(consent.source === 'import' && consent.sourceFile
          ? [t('consents.importedFrom', { file: consent.sourceFile, line: consent.sourceLine })]
          : []),
      ].join(' · ')}
      actions={
        canEdit && !consent.withdrawnOn ? (
          <Button
            size="small"
            variant="secondary"
            aria-label={
              consent.guardianName
                ? t('consents.withdrawNamed', { name: consent.guardianName })
                : t('consents.withdrawDated', { date: format.date(consent.givenOn) })
            }
            onClick={() => setWithdrawing(true)}
          >
            {t('consents.withdraw')}
          </Button>
        ) : null
      }
    >
      <Dialog
        open={withdrawing}
        onClose={() => setWithdrawing(false)}
        title={t('consents.withdrawTitle')}
      >
        <div className="stack">
          <TextField
            name="withdrawnOn"
            type="date"
            label={t('consents.withdrawnOnLabel')}
            value={withdrawnOn}
            max={today()}
            onChange={(event) => setWithdrawnOn(event.target.value)}
          />
          {withdraw.isError ? <Alert tone="error">{errorText(withdraw.error)}</Alert> : null}
          <div className="dialog__actions">
            <Button
              pending={withdraw.isPending}
              onClick={() =>
                withdraw.mutate(
                  { consentId: consent.id, withdrawnOn },
                  { onSuccess: () => setWithdrawing(false) },
                )
              }
            >
              {t('consents.withdrawConfirm')}
            </Button>
          </div>
        </div>
      </Dialog>
    </Item>
  );
}
