// « Envoyer mon enregistrement »: the singer records their part (the phone's recorder opens from
// the file picker) or picks a file, and sends it for their section leader to check.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Card } from '@/components/ui';
import { useRecordingUpload } from '../api/recording-upload';

type Props = { orgId: string; choirId: string; pieceId: string };

export function PracticeRecording({ orgId, choirId, pieceId }: Props) {
  const { t } = useTranslation('choirs');
  const inputId = useId();
  const { state, send } = useRecordingUpload(orgId, choirId, pieceId);
  return (
    <Card title={t('practice.record')}>
      <p>{t('practice.recordHint')}</p>
      <div className="field">
        <label className="field__label" htmlFor={inputId}>
          {t('practice.recordFile')}
        </label>
        <input
          id={inputId}
          type="file"
          accept="audio/*"
          capture="user"
          disabled={state.phase === 'sending'}
          onChange={(event) => {
            const file = event.target.files?.[0];
            if (file) send(file);
            event.target.value = '';
          }}
        />
      </div>
      {state.phase === 'sending' ? (
        <p role="status">{t('practice.recordSending', { percent: state.percent })}</p>
      ) : null}
      {state.phase === 'sent' ? <Alert tone="success">{t('practice.recordSent')}</Alert> : null}
      {state.phase === 'failed' ? <Alert tone="error">{t('practice.recordFailed')}</Alert> : null}
    </Card>
  );
}
