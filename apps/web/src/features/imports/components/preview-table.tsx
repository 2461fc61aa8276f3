// The lines of the file as understood: each problem said in words, and its cell marked in the table.
import type { ImportBatch, ImportRow } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Badge, Icon, ScrollTable } from '@/components/ui';
import { useImportText } from '../lib/use-import-text';

const tones = {
  valid: 'success',
  error: 'danger',
  duplicate: 'neutral',
  pending: 'primary',
  refused: 'neutral',
} as const;

function IssueList({ batch, rows }: { batch: ImportBatch; rows: readonly ImportRow[] }) {
  const { issueText } = useImportText(batch.entity);
  // An issue is one cell's (or the line's) problem of one kind: that makes its key.
  const issues = rows.flatMap((row) => row.issues);
  if (issues.length === 0) return null;
  return (
    <ul className="import-issues">
      {issues.map((issue) => (
        <li
          key={`${issue.line}-${issue.field ?? ''}-${issue.code}`}
          className={`import-issue import-issue--${issue.severity}`}
        >
          <Icon name={issue.severity === 'error' ? 'close' : 'inbox'} size={16} />
          {issueText(issue)}
        </li>
      ))}
    </ul>
  );
}

export function PreviewTable({ batch }: { batch: ImportBatch }) {
  const { t } = useTranslation('imports');
  const { fieldLabel, cellText } = useImportText(batch.entity);
  const rows = batch.rows.items;
  const first = rows[0]?.line ?? 0;
  const last = rows.at(-1)?.line ?? 0;
  return (
    <>
      <IssueList batch={batch} rows={rows} />
      <ScrollTable label={t('tableLabel')}>
        <table className="import-table">
          <caption>
            {rows.length === 1
              ? t('captionSingle', { from: first, total: batch.rows.total })
              : t('captionRange', {
                  from: first,
                  to: last,
                  shown: rows.length,
                  total: batch.rows.total,
                })}
          </caption>
          <thead>
            <tr>
              <th scope="col">{t('line')}</th>
              <th scope="col">{t('state')}</th>
              {batch.fields.map((field) => (
                <th scope="col" key={field}>
                  {fieldLabel(field)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              // A birth date is shown as its age band; a wrong value shows as it was written.
              const wrong = new Map(
                row.issues
                  .filter((i) => i.severity === 'error')
                  .map((i) => [i.field === 'birthDate' ? 'ageBand' : i.field, i.value] as const),
              );
              return (
                <tr key={row.line} className={`import-row--${row.status}`}>
                  <th scope="row">{row.line}</th>
                  <td>
                    <Badge tone={tones[row.status]}>{t(`status.${row.status}`)}</Badge>
                  </td>
                  {batch.fields.map((field) => (
                    <td key={field} className={wrong.has(field) ? 'import-cell--error' : undefined}>
                      {wrong.has(field) ? (
                        <>
                          <Icon name="close" size={14} />
                          <span className="visually-hidden">{t('status.error')} : </span>
                        </>
                      ) : null}
                      {wrong.has(field) && !row.cells[field]
                        ? wrong.get(field)
                        : cellText(field, row.cells[field] ?? null)}
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
      </ScrollTable>
    </>
  );
}
