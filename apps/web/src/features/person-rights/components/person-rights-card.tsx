// On a participant's page (admins): export everything held about the person (PDF for the
// family, JSON for machines), record a request, erase with the account of what is kept and why.
import {
  type ParticipantDetail,
  RightsRequestCreateBodySchema,
  type RightsRequestKind,
  rightsRequestKinds,
} from '@tutti/contracts';
import { today } from '@tutti/kit/dates';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, buttonClass, Card, Dialog, Form, SelectField, TextField } from '@/components/ui';
import { useSchemaForm } from '@/lib/form';
import { exportUrl } from '../api/erasure';
import { useCreateRightsRequest, useRightsRequests } from '../api/rights-requests';
import { ErasureDialog } from './erasure-dialog';
import { RequestItem } from './request-item';

export function PersonRightsCard({
  orgId,
  participant,
  onRectify,
}: {
  orgId: string;
  participant: ParticipantDetail;
  /** Opens the participant's edit form (rectification). */
  onRectify: () => void;
}) {
  const { t, i18n } = useTranslation('personRights');
  const locale = (['fr', 'en', 'de'] as const).find((l) => i18n.language.startsWith(l)) ?? 'fr';
  const requests = useRightsRequests(orgId, { participantId: participant.id });
  const [dialog, setDialog] = useState<'request' | 'erase' | null>(null);
  const items = requests.data?.items ?? [];
  const openErasures = items.filter((r) => r.kind === 'erasure' && r.state !== 'answered');

  return (
    <Card title={t('card.title')}>
      <div className="stack">
        <p>{t('card.intro')}</p>
        <div className="rights-actions">
          <a
            className={buttonClass({ variant: 'secondary', size: 'small' })}
            href={exportUrl(orgId, participant.id, 'pdf', locale)}
            download
          >
            {t('card.exportPdf')}
          </a>
          <a
            className={buttonClass({ variant: 'secondary', size: 'small' })}
            href={exportUrl(orgId, participant.id, 'json', locale)}
            download
          >
            {t('card.exportJson')}
          </a>
          <Button size="small" variant="secondary" onClick={() => setDialog('request')}>
            {t('card.record')}
          </Button>
          <Button size="small" variant="danger" icon="trash" onClick={() => setDialog('erase')}>
            {t('card.erase')}
          </Button>
        </div>
        {items.length > 0 ? (
          <ul className="item-list" aria-label={t('card.requests')}>
            {items.map((request) => (
              <RequestItem
                key={request.id}
                orgId={orgId}
                request={request}
                showPerson={false}
                onRectify={participant.anonymised ? undefined : onRectify}
              />
            ))}
          </ul>
        ) : (
          <p className="muted">{t('card.noRequest')}</p>
        )}
      </div>
      <Dialog open={dialog === 'request'} onClose={() => setDialog(null)} title={t('form.title')}>
        {dialog === 'request' ? (
          <RequestForm
            orgId={orgId}
            participantId={participant.id}
            onDone={() => setDialog(null)}
          />
        ) : null}
      </Dialog>
      {dialog === 'erase' ? (
        <ErasureDialog
          orgId={orgId}
          participant={participant}
          erasureRequests={openErasures}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </Card>
  );
}

function RequestForm({
  orgId,
  participantId,
  onDone,
}: {
  orgId: string;
  participantId: string;
  onDone: () => void;
}) {
  const { t } = useTranslation('personRights');
  const create = useCreateRightsRequest(orgId);
  const form = useSchemaForm({
    schema: RightsRequestCreateBodySchema,
    read: (element) => {
      const data = new FormData(element);
      const note = String(data.get('note') ?? '').trim();
      return {
        participantId,
        kind: String(data.get('kind')) as RightsRequestKind,
        receivedOn: String(data.get('receivedOn')),
        ...(note ? { note } : {}),
      };
    },
    onSubmit: async (values) => {
      await create.mutateAsync(values);
      onDone();
    },
  });
  return (
    <Form formProps={form.formProps} error={form.formError}>
      <SelectField
        name="kind"
        label={t('form.kind')}
        defaultValue="access"
        options={rightsRequestKinds.map((value) => ({ value, label: t(`kinds.${value}`) }))}
        error={form.fieldErrorAt('kind')}
      />
      <TextField
        name="receivedOn"
        type="date"
        label={t('form.receivedOn')}
        hint={t('form.receivedOnHint')}
        defaultValue={today()}
        max={today()}
        error={form.fieldErrorAt('receivedOn')}
      />
      <TextField
        name="note"
        label={t('form.note')}
        hint={t('form.noteHint')}
        maxLength={1000}
        error={form.fieldErrorAt('note')}
      />
      <div className="form__actions">
        <Button type="submit" pending={form.pending}>
          {t('form.submit')}
        </Button>
      </div>
    </Form>
  );
}
