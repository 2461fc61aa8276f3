// Managers send a file: its use, the file, then its progress (resumed after a dropped connection).
import { type MediaPageUse, mediaUseNames, mediaUses } from '@tutti/contracts';
import { type FormEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, FileField, SelectField } from '@/components/ui';
import { useBytesFormat } from '@/lib/format-bytes';
import { useErrorText } from '@/lib/i18n/use-error-text';
import type { UploadState, useMediaUploads } from '../api/upload-media';

/** The use a file most likely has, from the type the browser guesses (the server sniffs anyway). */
function likelyUse(file: File): MediaPageUse | null {
  if (file.type.startsWith('audio/') || file.type.startsWith('video/')) return 'recording';
  if (file.type.startsWith('image/')) return 'image';
  if (file.type === 'application/pdf') return 'score';
  if (file.type) return 'document';
  return null;
}

const accept: Record<MediaPageUse, string> = {
  recording: 'audio/*,video/*',
  score: '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png',
  image: '.jpg,.jpeg,.png,.webp,image/jpeg,image/png,image/webp',
  document: '.pdf,.jpg,.jpeg,.png,.odt,.docx',
};

export function UploadCard({ uploads }: { uploads: ReturnType<typeof useMediaUploads> }) {
  const { t } = useTranslation('media');
  const bytes = useBytesFormat();
  const fileRef = useRef<HTMLInputElement>(null);
  const [use, setUse] = useState<MediaPageUse>('recording');
  const [problem, setProblem] = useState<string | null>(null);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const file = fileRef.current?.files?.[0];
    const limit = mediaUses[use].maxBytes;
    // Checked here too, so that nobody waits for a refusal the server would give at once.
    const found = !file
      ? t('fileRequired')
      : file.size > limit
        ? t('fileTooLarge', { limit: bytes(limit) })
        : null;
    setProblem(found);
    if (!file || found) {
      fileRef.current?.focus();
      return;
    }
    void uploads.start(file, use);
    if (fileRef.current) fileRef.current.value = '';
  };

  return (
    <Card title={t('uploadTitle')}>
      <form className="media-upload" onSubmit={submit} noValidate>
        <SelectField
          label={t('use')}
          hint={t(`useHints.${use}`)}
          name="use"
          value={use}
          onChange={(event) => setUse(event.target.value as MediaPageUse)}
          options={mediaUseNames.map((name) => ({ value: name, label: t(`uses.${name}`) }))}
        />
        <FileField
          ref={fileRef}
          name="file"
          label={t('file')}
          hint={t('fileHint')}
          accept={accept[use]}
          className="media-upload__file"
          error={problem}
          onChange={(event) => {
            setProblem(null);
            const file = event.target.files?.[0];
            const guessed = file ? likelyUse(file) : null;
            if (guessed) setUse(guessed);
          }}
        />
        <div className="form__actions">
          <Button type="submit" icon="upload">
            {t('send')}
          </Button>
        </div>
      </form>
      {uploads.uploads.length > 0 ? (
        <ul className="media-uploads">
          {uploads.uploads.map((upload) => (
            <UploadProgress
              key={upload.key}
              upload={upload}
              onCancel={() => void uploads.cancel(upload.key)}
              onDismiss={() => uploads.dismiss(upload.key)}
            />
          ))}
        </ul>
      ) : null}
    </Card>
  );
}

function UploadProgress({
  upload,
  onCancel,
  onDismiss,
}: {
  upload: UploadState;
  onCancel: () => void;
  onDismiss: () => void;
}) {
  const { t } = useTranslation('media');
  const bytes = useBytesFormat();
  const errorText = useErrorText();
  const labelId = useId();
  if (upload.phase === 'failed') {
    return (
      <li className="media-uploads__item">
        <Alert tone="error">
          {t('sendFailed', {
            name: upload.fileName,
            reason: upload.error ? errorText(upload.error) : '',
          })}
        </Alert>
        <Button variant="secondary" size="small" onClick={onDismiss}>
          {t('dismiss')}
        </Button>
      </li>
    );
  }
  return (
    <li className="media-uploads__item">
      <p className="media-uploads__label" id={labelId}>
        {t('sending', { name: upload.fileName })}
      </p>
      <progress
        className="media-progress"
        aria-labelledby={labelId}
        max={upload.totalBytes || 1}
        value={upload.sentBytes}
      />
      <p className="muted media-uploads__figures">
        {t('sentOf', { sent: bytes(upload.sentBytes), total: bytes(upload.totalBytes) })}
      </p>
      <p className="media-uploads__retry" role="status">
        {upload.phase === 'retrying' ? t('retrying') : null}
      </p>
      <Button variant="secondary" size="small" onClick={onCancel}>
        {t('cancelUpload')}
      </Button>
    </li>
  );
}
