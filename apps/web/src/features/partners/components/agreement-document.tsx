// The signed document of an agreement: download it, attach or replace it (10 MB at most), remove it.
import { documentMediaTypes, MAX_DOCUMENT_BYTES, type PartnerAgreement } from '@tutti/contracts';
import { type ChangeEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Icon } from '@/components/ui';
import './partners.css';
import { useErrorText } from '@/lib/i18n/use-error-text';
import {
  agreementDocumentUrl,
  useRemoveAgreementDocument,
  useUploadAgreementDocument,
} from '../api/agreements';

type Props = { orgId: string; partnerId: string; agreement: PartnerAgreement };

const accept = [
  ...Object.keys(documentMediaTypes),
  ...Object.values(documentMediaTypes).map((e) => `.${e}`),
].join(',');

export function AgreementDocument({ orgId, partnerId, agreement }: Props) {
  const { t, i18n } = useTranslation('partners');
  const errorText = useErrorText();
  const inputId = useId();
  const upload = useUploadAgreementDocument(orgId, partnerId, agreement.id);
  const remove = useRemoveAgreementDocument(orgId, partnerId, agreement.id);
  const [tooLarge, setTooLarge] = useState(false);
  const document = agreement.document;
  const number = new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 });
  const size = (bytes: number) =>
    bytes < 1024 * 1024
      ? t('agreements.documentSizeKb', { size: number.format(Math.max(1, bytes / 1024)) })
      : t('agreements.documentSize', { size: number.format(bytes / 1024 / 1024) });

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    // Checked here too, so that a phone on a slow network does not send 30 MB for nothing.
    setTooLarge(file.size > MAX_DOCUMENT_BYTES);
    if (file.size <= MAX_DOCUMENT_BYTES) upload.mutate(file);
  };

  return (
    <div className="agreement-document">
      <p className="agreement-document__title">{t('agreements.document')}</p>
      {document ? (
        <p>
          <a
            href={agreementDocumentUrl(orgId, partnerId, agreement.id)}
            download={document.fileName}
          >
            <Icon name="download" size={18} />{' '}
            {t('agreements.download', { name: document.fileName })}
          </a>{' '}
          <span className="muted">({size(document.sizeBytes)})</span>
        </p>
      ) : (
        <p className="muted">{t('agreements.noDocument')}</p>
      )}
      <div className="form__actions">
        <input
          id={inputId}
          type="file"
          accept={accept}
          className="visually-hidden file-input"
          onChange={onFile}
          aria-describedby={`${inputId}-hint`}
        />
        <label htmlFor={inputId} className="button button--secondary button--small file-button">
          <Icon name="upload" />
          {document ? t('agreements.replace') : t('agreements.upload')}
          <span className="visually-hidden">
            {' '}
            – {t('agreements.uploadFor', { title: agreement.title })}
          </span>
        </label>
        {document ? (
          <Button
            variant="ghost"
            size="small"
            pending={remove.isPending}
            onClick={() => remove.mutate()}
          >
            {t('agreements.removeDocument')}
          </Button>
        ) : null}
      </div>
      <p id={`${inputId}-hint`} className="field__hint">
        {t('agreements.uploadHint')}
      </p>
      {upload.isPending ? <p aria-live="polite">{t('agreements.uploading')}</p> : null}
      {upload.isSuccess ? <Alert tone="success">{t('agreements.uploaded')}</Alert> : null}
      {tooLarge ? <Alert tone="error">{t('agreements.tooLarge')}</Alert> : null}
      {upload.isError ? <Alert tone="error">{errorText(upload.error)}</Alert> : null}
      {remove.isError ? <Alert tone="error">{errorText(remove.error)}</Alert> : null}
    </div>
  );
}
