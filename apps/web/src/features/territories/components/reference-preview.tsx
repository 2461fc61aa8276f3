// What an uploaded official file holds: its figures, the lines refused or kept with a remark and
// why, and its first lines as read.
import type { ReferenceImportRun, ReferenceIssue } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { ScrollTable } from '@/components/ui';

export function PreviewFigures({ run }: { run: ReferenceImportRun }) {
  const { t, i18n } = useTranslation('territories');
  const integer = new Intl.NumberFormat(i18n.language);
  const p = run.preview;
  const figures: [string, number][] = [
    ['linesRead', p.linesRead],
    ['recognised', p.recognised],
    ['refused', p.refused],
    ['warnings', p.warnings],
    ['toApply', p.toApply],
    ['unknownCommunes', p.unknownCommunes],
    ['unplaced', p.unplaced],
  ];
  return (
    <div className="stack">
      <p className="field__hint">
        {t('reference.preview.source', {
          name: p.source.name,
          publisher: p.source.publisher,
          licence: p.source.licence,
          year: run.year,
        })}
      </p>
      <ul className="reference-figures">
        {figures
          .filter(
            ([key, value]) => value > 0 || ['linesRead', 'recognised', 'refused'].includes(key),
          )
          .map(([key, value]) => (
            <li
              key={key}
              className={key === 'refused' && value > 0 ? 'reference-figures__bad' : ''}
            >
              <strong>{integer.format(value)}</strong>{' '}
              {t(`reference.preview.${key}` as 'reference.preview.linesRead')}
            </li>
          ))}
      </ul>
    </div>
  );
}

export function PreviewIssues({ issues }: { issues: ReferenceIssue[] }) {
  const { t } = useTranslation('territories');
  // The reasons are @tutti/geo's, under geo (keys with dots, as the access reasons).
  const translate = t as unknown as (key: string) => string;
  if (issues.length === 0) return null;
  return (
    <>
      <h3 className="reference-subtitle">{t('reference.preview.issues')}</h3>
      <p className="field__hint">{t('reference.preview.issuesShown', { count: issues.length })}</p>
      <ScrollTable label={t('reference.preview.issues')}>
        <table className="reference-table">
          <thead>
            <tr>
              <th scope="col">{t('reference.preview.line')}</th>
              <th scope="col">{t('reference.preview.column')}</th>
              <th scope="col">{t('reference.preview.value')}</th>
              <th scope="col">{t('reference.preview.reason')}</th>
            </tr>
          </thead>
          <tbody>
            {issues.map((issue) => (
              <tr key={`${issue.line}-${issue.code}-${issue.column ?? ''}`}>
                <td>{issue.line === 0 ? t('reference.preview.wholeFile') : issue.line}</td>
                <td>{issue.column ?? ''}</td>
                <td>{issue.value ?? ''}</td>
                <td>
                  <span className={`reference-issue reference-issue--${issue.severity}`}>
                    {t(`reference.preview.${issue.severity}`)}
                  </span>{' '}
                  {translate(`geo.import.issue.${issue.code}`)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}

export function PreviewLines({ lines }: { lines: string[][] }) {
  const { t } = useTranslation('territories');
  if (lines.length === 0) return null;
  const width = Math.max(...lines.map((l) => l.length));
  return (
    <>
      <h3 className="reference-subtitle">{t('reference.preview.firstLines')}</h3>
      <ScrollTable label={t('reference.preview.firstLines')}>
        <table className="reference-table reference-table--raw">
          <tbody>
            {lines.map((cells, row) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: the file's lines, in order, never move.
              <tr key={row}>
                {Array.from({ length: width }, (_, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: cells of a fixed line.
                  <td key={column}>{cells[column] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
