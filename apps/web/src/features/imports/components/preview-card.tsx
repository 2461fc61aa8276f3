// The preview of an uploaded file: what was read, its lines page by page, and what to do with it.

import { Link } from '@tanstack/react-router';
import type { ImportBatch } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Card, Pager } from '@/components/ui';
import { orgPath } from '@/lib/paths';
import { IMPORT_PAGE_SIZE, type RowsFilter } from '../api/imports';
import { ApplyForm } from './apply-form';
import { PreviewSummary } from './preview-summary';
import { PreviewTable } from './preview-table';
import { ReferenceChoices } from './reference-choices';

type Props = {
  orgId: string;
  batch: ImportBatch;
  filter: RowsFilter;
  onFilter: (filter: RowsFilter) => void;
};

export function PreviewCard({ orgId, batch, filter, onFilter }: Props) {
  const { t } = useTranslation('imports');
  return (
    <Card title={t('previewTitle', { name: batch.fileName })}>
      <div className="stack">
        {batch.status === 'applied' && batch.result ? (
          <Alert tone="success">
            <p>
              {[
                t('applied', { count: batch.result.created }),
                batch.result.skipped > 0 ? t('skipped', { count: batch.result.skipped }) : null,
                batch.result.refused > 0
                  ? t('refusedLines', { count: batch.result.refused })
                  : null,
                batch.result.referencesCreated > 0
                  ? t('referencesCreated', { count: batch.result.referencesCreated })
                  : null,
                batch.result.consents > 0
                  ? t('consentsRecorded', { count: batch.result.consents })
                  : null,
              ]
                .filter(Boolean)
                .join(' ')}
            </p>
            <p>
              <Link to={orgPath(orgId, batch.entity)}>{t('toList')}</Link>
            </p>
          </Alert>
        ) : null}
        {batch.status === 'discarded' ? <Alert tone="info">{t('discarded')}</Alert> : null}
        <PreviewSummary batch={batch} />
        {batch.status === 'previewed' && batch.references.length > 0 ? (
          <ReferenceChoices orgId={orgId} batch={batch} />
        ) : null}
        {batch.status === 'previewed' ? (
          <>
            <fieldset className="import-choice import-choice--inline">
              <legend>{t('show')}</legend>
              {(['all', 'problems'] as const).map((rows) => (
                <label key={rows}>
                  <input
                    type="radio"
                    name="rows"
                    value={rows}
                    checked={filter.rows === rows}
                    onChange={() => onFilter({ rows, offset: 0 })}
                  />{' '}
                  {t(rows === 'all' ? 'showAll' : 'showProblems')}
                </label>
              ))}
            </fieldset>
            <PreviewTable batch={batch} />
            <Pager
              offset={filter.offset}
              limit={IMPORT_PAGE_SIZE}
              total={batch.rows.total}
              onChange={(offset) => onFilter({ ...filter, offset })}
            />
            <ApplyForm orgId={orgId} batch={batch} />
          </>
        ) : null}
      </div>
    </Card>
  );
}
