// An applicant's rights, from a call's ranking (admins): their data export (every application
// sent from their address), and erasure with its account of what goes and what stays and why.
import type { Locale } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, buttonClass, Dialog, QueryStatus } from '@/components/ui';
import { useErrorText } from '@/lib/i18n/use-error-text';
import {
  applicantExportUrl,
  useApplicantErasurePreview,
  useEraseApplicant,
} from '../api/applicant-rights';
import { Account } from './erasure-dialog';
import './rights.css';

function ApplicantRightsDialog({
  orgId,
  applicationId,
  code,
  onClose,
}: {
  orgId: string;
  applicationId: string;
  code: string;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation(['personRights', 'common']);
  const errorText = useErrorText();
  const preview = useApplicantErasurePreview(orgId, applicationId);
  const erase = useEraseApplicant(orgId, applicationId);
  const locale = (i18n.resolvedLanguage ?? 'fr') as Locale;
  const done = erase.data;
  return (
    <Dialog open onClose={onClose} title={t('applicant.title', { code })}>
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
            <p>{t('applicant.intro')}</p>
            <div className="rights-actions">
              <a
                className={buttonClass({ variant: 'secondary', size: 'small' })}
                href={applicantExportUrl(orgId, applicationId, 'pdf', locale)}
                download
              >
                {t('card.exportPdf')}
              </a>
              <a
                className={buttonClass({ variant: 'secondary', size: 'small' })}
                href={applicantExportUrl(orgId, applicationId, 'json', locale)}
                download
              >
                {t('card.exportJson')}
              </a>
            </div>
            <h3>{t('applicant.eraseTitle')}</h3>
            <QueryStatus query={preview} />
            {preview.data ? <Account account={preview.data} /> : null}
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
                onClick={() => erase.mutate()}
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

/** A small button that opens the applicant's rights dialog. */
export function ApplicantRightsButton({
  orgId,
  applicationId,
  code,
}: {
  orgId: string;
  applicationId: string;
  code: string;
}) {
  const { t } = useTranslation('personRights');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button
        size="small"
        variant="secondary"
        aria-label={t('applicant.openFor', { code })}
        onClick={() => setOpen(true)}
      >
        {t('applicant.open')}
      </Button>
      {open ? (
        <ApplicantRightsDialog
          orgId={orgId}
          applicationId={applicationId}
          code={code}
          onClose={() => setOpen(false)}
        />
      ) : null}
    </>
  );
}
