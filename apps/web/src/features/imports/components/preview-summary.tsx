// What was read: format, encoding and separator found, header line, counts, and how columns map.
import type { ImportBatch } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Stat } from '@/components/ui';
import { useImportText } from '../lib/use-import-text';

export function PreviewSummary({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  const { fieldLabel } = useImportText(batch.entity);
  const { source, counts } = batch;
  const separator =
    source.separator === null ? 'none' : source.separator === '\t' ? 'tab' : source.separator;
  const ignored = batch.columns.filter((c) => c.field === null).map((c) => `« ${c.header} »`);
  return (
    <>
      <p>
        {source.format === 'xlsx'
          ? t('readSheet', { sheet: source.sheetName ?? '', line: source.headerLine })
          : t('read', {
              format: 'CSV',
              encoding: t(`encodings.${source.encoding ?? 'utf-8'}`),
              separator: t(`separators.${separator}`),
              line: source.headerLine,
            })}
      </p>
      <div className="import-counts">
        <Stat value={counts.lines} label={t('counts.lines')} />
        <Stat value={counts.valid} label={t('counts.valid')} />
        <Stat value={counts.withErrors} label={t('counts.withErrors')} />
        <Stat value={counts.duplicates} label={t('counts.duplicates')} />
      </div>
      <details className="import-mapping">
        <summary>{t('mapping')}</summary>
        <ul>
          {batch.columns
            .filter((c) => c.field !== null)
            .map((c) => (
              <li key={c.position}>
                {t('mapsTo', { header: c.header, field: fieldLabel(c.field ?? '') })}
              </li>
            ))}
        </ul>
      </details>
      {ignored.length > 0 ? (
        <p className="muted">{t('ignored', { list: ignored.join(', ') })}</p>
      ) : null}
    </>
  );
}
