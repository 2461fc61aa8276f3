// Importing participants, partners or venues: drop a file, read the preview line by line, import it all at once.

import { Link } from '@tanstack/react-router';
import type { ImportBatch, ImportEntity } from '@tutti/contracts';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, PageHeader } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { useErrorText } from '@/lib/i18n/use-error-text';
import { orgPath } from '@/lib/paths';
import { useSearchParam } from '@/lib/search-params';
import { type RowsFilter, useImportBatch } from '../api/imports';
import './imports.css';
import { PreviewCard } from './preview-card';
import { UploadForm } from './upload-form';

function ImportPage({ entity }: { entity: ImportEntity }) {
  const { t } = useTranslation('imports');
  const errorText = useErrorText();
  const { orgId } = useCurrentOrg();
  // `?batch=<id>`: a preview read earlier and not applied yet, opened again (from the home page).
  const waiting = useSearchParam('batch');
  const [batchId, setBatchId] = useState<string | null>(
    waiting && /^[0-9a-f-]{36}$/i.test(waiting) ? waiting : null,
  );
  const [filter, setFilter] = useState<RowsFilter>({ rows: 'all', offset: 0 });
  const batch = useImportBatch(orgId, batchId, filter);
  const previewRef = useRef<HTMLDivElement>(null);
  // A new preview takes the focus, so that keyboard and screen-reader users land on it.
  useEffect(() => {
    if (batchId) previewRef.current?.focus();
  }, [batchId]);

  const onPreview = (preview: ImportBatch) => {
    // Lines with problems first when there are any: those are the ones to read.
    const problems =
      preview.counts.withErrors + preview.counts.duplicates + preview.counts.pending > 0;
    setFilter({ rows: problems ? 'problems' : 'all', offset: 0 });
    setBatchId(preview.id);
  };

  return (
    <>
      <p>
        <Link to={orgPath(orgId, entity)}>← {t(`back.${entity}`)}</Link>
      </p>
      <PageHeader title={t(`title.${entity}`)} description={t('intro')} />
      <div className="stack">
        <UploadForm orgId={orgId} entity={entity} onPreview={onPreview} />
        {batch.isError ? <Alert tone="error">{errorText(batch.error)}</Alert> : null}
        <div ref={previewRef} tabIndex={-1} className="import-preview">
          {batch.data ? (
            <PreviewCard orgId={orgId} batch={batch.data} filter={filter} onFilter={setFilter} />
          ) : null}
        </div>
      </div>
    </>
  );
}

export const ParticipantsImportPage = () => <ImportPage entity="participants" />;
export const PartnersImportPage = () => <ImportPage entity="partners" />;
export const VenuesImportPage = () => <ImportPage entity="venues" />;
export const EnsemblesImportPage = () => <ImportPage entity="ensembles" />;
