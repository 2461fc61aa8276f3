// What was read: format, encoding and separator found, header line, counts, and how columns map.
import type { ImportBatch } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Stat } from '@/components/ui';
import { useImportText } from '../lib/use-import-text';

/** Warnings the summary counts in words: repairs, and consents assumed or left out. */
const WARNING_CODES = new Set([
  'spacesTrimmed',
  'postalCodeZeroRestored',
  'dateReadDayFirst',
  'yearCompleted',
  'phoneMadeInternational',
  'consentDateUnknown',
  'consentNotNeeded',
  'guardianWithoutConsent',
]);

export function PreviewSummary({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  const { fieldLabel } = useImportText(batch.entity);
  const { source, counts } = batch;
  const separator =
    source.separator === null ? 'none' : source.separator === '\t' ? 'tab' : source.separator;
  const ignored = batch.columns.filter((c) => c.field === null).map((c) => `« ${c.header} »`);
  // Repairs and the other warnings of the whole file, in words (duplicates have their own count).
  const warned = batch.warnings.filter(({ code }) => WARNING_CODES.has(code));
  const warningText = (code: string, count: number) =>
    (t as unknown as (key: string, options: object) => string)(`warningCounts.${code}`, { count });
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
        <Stat value={counts.lines} label={t('counts.lines', { count: counts.lines })} />
        <Stat value={counts.valid} label={t('counts.valid', { count: counts.valid })} />
        <Stat value={counts.withErrors} label={t('counts.withErrors')} />
        <Stat
          value={counts.duplicates}
          label={t('counts.duplicates', { count: counts.duplicates })}
        />
        {counts.pending > 0 ? <Stat value={counts.pending} label={t('counts.pending')} /> : null}
        {counts.refused > 0 ? (
          <Stat value={counts.refused} label={t('counts.refused', { count: counts.refused })} />
        ) : null}
        <Stat value={counts.repairs} label={t('counts.repairs', { count: counts.repairs })} />
      </div>
      {warned.length > 0 ? (
        <details className="import-mapping" open>
          <summary>{t('warningsTitle')}</summary>
          <ul>
            {warned.map(({ code, count }) => (
              <li key={code}>{warningText(code, count)}</li>
            ))}
          </ul>
        </details>
      ) : null}
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
