// Step 2: an uploaded official file's preview, the year checked again, then its import followed
// (phase and lines written) until its data is in service.
import { Link } from '@tanstack/react-router';
import type { ReferenceImportRun } from '@tutti/contracts';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, Card, QueryStatus, TextField } from '@/components/ui';
import { isApiError } from '@/lib/api-client';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import {
  useDiscardReference,
  useReferenceRun,
  useRefreshAccess,
  useStartReferenceImport,
} from '../api/reference-imports';
import { PreviewFigures, PreviewIssues, PreviewLines } from './reference-preview';

function ImportProgress({ run }: { run: ReferenceImportRun }) {
  const { t, i18n } = useTranslation('territories');
  const integer = new Intl.NumberFormat(i18n.language);
  const progress = run.progress ?? { phase: 'queued' as const, done: 0, total: 0 };
  const text =
    progress.phase === 'writing'
      ? t('reference.progress.writing', {
          done: integer.format(progress.done),
          total: integer.format(progress.total),
        })
      : t(`reference.progress.${progress.phase}`);
  return (
    <div className="stack">
      <progress
        className="reference-progress"
        max={progress.total || 1}
        // Unknown until the rows are counted: an indeterminate bar.
        value={
          progress.phase === 'writing' || progress.phase === 'finishing' ? progress.done : undefined
        }
        aria-label={t('reference.progress.title')}
        aria-valuetext={text}
      />
      <p aria-live="polite">{text}</p>
    </div>
  );
}

type Props = { orgId: string; uploadId: string; onDiscarded: () => void };

export function ReferenceRun({ orgId, uploadId, onDiscarded }: Props) {
  const { t } = useTranslation('territories');
  const errorText = useErrorText();
  const query = useReferenceRun(orgId, uploadId);
  const start = useStartReferenceImport(orgId, uploadId);
  const discard = useDiscardReference(orgId, uploadId);
  const refreshAccess = useRefreshAccess(orgId);
  const run = query.data;
  const [year, setYear] = useState('');
  useEffect(() => {
    if (run) setYear((current) => current || String(run.year));
  }, [run]);
  const imported = run?.state === 'imported';
  useEffect(() => {
    if (imported) void refreshAccess();
  }, [imported, refreshAccess]);
  if (!run) return <QueryStatus query={query} />;
  const yearRefused =
    isApiError(start.error) && start.error.fields.some((f) => f.path === 'body.year');
  const yearError = yearRefused ? t('reference.upload.yearInvalid') : undefined;

  return (
    <Card title={t('reference.preview.title', { file: run.fileName })}>
      <div className="stack">
        <PreviewFigures run={run} />
        {run.state === 'previewed' && !run.preview.importable ? (
          <Alert tone="error" live={false}>
            {t('reference.preview.notImportable')}
          </Alert>
        ) : null}
        {run.state === 'importing' ? <ImportProgress run={run} /> : null}
        {run.state === 'imported' ? (
          <Alert tone="success">
            <p>{t('reference.progress.imported', { file: run.fileName })}</p>
            <Link to={orgPath(orgId, 'territories')}>{t('reference.progress.toTerritories')}</Link>
          </Alert>
        ) : null}
        {run.state === 'failed' ? (
          <Alert tone="error">{t('reference.progress.failed', { error: run.error ?? '' })}</Alert>
        ) : null}
        {run.state === 'discarded' ? (
          <Alert tone="info">{t('reference.progress.discarded')}</Alert>
        ) : null}
        {run.state === 'previewed' ? (
          <form
            className="reference-actions"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              start.mutate(Number(year));
            }}
          >
            <TextField
              name="year"
              type="number"
              inputMode="numeric"
              min={1990}
              max={2100}
              label={t('reference.upload.year')}
              value={year}
              onChange={(event) => setYear(event.target.value)}
              error={yearError}
              className="reference-year"
            />
            <div className="form__actions">
              <Button
                type="submit"
                icon="check"
                disabled={!run.preview.importable}
                pending={start.isPending}
              >
                {t('reference.preview.import')}
              </Button>
              <Button
                variant="secondary"
                pending={discard.isPending}
                onClick={() => discard.mutate(undefined, { onSuccess: onDiscarded })}
              >
                {t('reference.preview.discard')}
              </Button>
            </div>
          </form>
        ) : null}
        {start.isError && !yearError ? <Alert tone="error">{errorText(start.error)}</Alert> : null}
        {discard.isError ? <Alert tone="error">{errorText(discard.error)}</Alert> : null}
        <PreviewIssues issues={run.preview.issues} />
        {run.state === 'previewed' ? <PreviewLines lines={run.preview.firstLines} /> : null}
      </div>
    </Card>
  );
}
