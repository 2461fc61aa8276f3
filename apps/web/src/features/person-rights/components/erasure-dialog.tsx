// Erasure, told plainly: what will be removed and what is kept and why, before; the same account
// once done. One click erases everything in one go (one transaction on the server).
import type { ErasureAccount, ParticipantDetail, RightsRequest } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Dialog, QueryStatus, SelectField } from '@/components/ui';
import { useDateFormat } from '@/lib/format';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { useErasePerson, useErasurePreview } from '../api/erasure';

export function ErasureDialog({
  orgId,
  participant,
  erasureRequests,
  onClose,
}: {
  orgId: string;
  participant: ParticipantDetail;
  erasureRequests: RightsRequest[];
  onClose: () => void;
}) {
  const { t } = useTranslation(['personRights', 'common']);
  const format = useDateFormat();
  const errorText = useErrorText();
  const preview = useErasurePreview(orgId, participant.id, true);
  const erase = useErasePerson(orgId, participant.id);
  const [requestId, setRequestId] = useState(erasureRequests[0]?.id ?? '');
  const name = [participant.firstName, participant.lastName].filter(Boolean).join(' ');
  const done = erase.data;

  return (
    <Dialog
      open
      onClose={onClose}
      title={done ? t('erasure.doneTitle') : t('erasure.title', { name })}
    >
      <div className="stack">
        {done ? (
          <>
            <Alert tone="success">{t('erasure.done')}</Alert>
            <Account account={done} />
            <div className="dialog__actions">
              <Button onClick={onClose}>{t('common:close')}</Button>
            </div>
          </>
        ) : (
          <>
            <QueryStatus query={preview} />
            {preview.data ? <Account account={preview.data} /> : null}
            {erasureRequests.length > 0 ? (
              <SelectField
                name="requestId"
                label={t('erasure.answers')}
                value={requestId}
                options={[
                  ...erasureRequests.map((r) => ({
                    value: r.id,
                    label: t('erasure.requestOf', { date: format.date(r.receivedOn) }),
                  })),
                  { value: '', label: t('erasure.noRequest') },
                ]}
                onChange={(event) => setRequestId(event.target.value)}
              />
            ) : null}
            <p>
              <strong>{t('erasure.irreversible')}</strong>
            </p>
            {erase.isError ? <Alert tone="error">{errorText(erase.error)}</Alert> : null}
            <div className="dialog__actions">
              <Button variant="secondary" onClick={onClose}>
                {t('common:cancel')}
              </Button>
              <Button
                variant="danger"
                pending={erase.isPending}
                disabled={!preview.data}
                onClick={() => erase.mutate({ confirm: true, ...(requestId ? { requestId } : {}) })}
              >
                {t('erasure.confirm')}
              </Button>
            </div>
          </>
        )}
      </div>
    </Dialog>
  );
}

export function Account({ account }: { account: ErasureAccount }) {
  const { t } = useTranslation('personRights');
  const removed = account.removed.filter((entry) => entry.count > 0);
  const kept = account.kept.filter((entry) => entry.count > 0);
  return (
    <div className="rights-account">
      <section>
        <h3>{account.erased ? t('erasure.removedDone') : t('erasure.removed')}</h3>
        {removed.length === 0 ? (
          <p className="muted">{t('erasure.nothingLeft')}</p>
        ) : (
          <ul>
            {removed.map((entry) => (
              <li key={entry.item}>{t(`removed.${entry.item}`, { count: entry.count })}</li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h3>{t('erasure.kept')}</h3>
        <ul>
          {kept.map((entry) => (
            <li key={entry.item}>
              {t(`kept.${entry.item}`, { count: entry.count })}{' '}
              <span className="muted">— {t(`reasons.${entry.reason}`)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
