// The learning grid of a part, for its section leader and the conductor: one row per singer, one
// column per piece, each cell what the singer said on their page (ready, ready for a check,
// learning, or nothing yet). Pieces are numbered in the columns and named in the list above, so
// that twelve pieces fit a phone; the singers' column stays in view while the grid scrolls.
import { Link, useParams } from '@tanstack/react-router';
import type { ChoirLearningStatus } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card, PageHeader, QueryStatus, ScrollTable, SelectField } from '@/components/ui';
import { useCurrentOrg } from '@/features/organisations';
import { orgPath } from '@/lib/paths';
import { useSearchState } from '@/lib/search-params';
import { useChoirs } from '../api/choirs';
import { useLearningGrid } from '../api/learning-grid';
import './choirs.css';
import './learning-grid.css';

const MARKS: Record<ChoirLearningStatus | 'unsaid', string> = {
  ready: '✓',
  ready_for_check: '◐',
  learning: '○',
  unsaid: '·',
};

export function LearningGridPage() {
  const { t } = useTranslation('choirs');
  const { orgId } = useCurrentOrg();
  const { choirId = '' } = useParams({ strict: false }) as { choirId?: string };
  const search = useSearchState();
  const seasonId = search.params.get('season') ?? undefined;
  const partId = search.params.get('part') ?? undefined;
  const choir = useChoirs(orgId).data?.items.find((item) => item.id === choirId);
  const grid = useLearningGrid(orgId, choirId, { seasonId, partId });
  const data = grid.data;
  const shown = data?.parts.find((part) => part.id === data.partId);
  const label = (status: ChoirLearningStatus | null) =>
    status ? t(`learning.${status}`) : t('learningGrid.unsaid');

  return (
    <>
      <p>
        <Link to={orgPath(orgId, choir?.conducts ? `choirs/${choirId}` : 'choirs')}>
          ← {choir?.name ?? t('back')}
        </Link>
      </p>
      <PageHeader title={t('learningGrid.title')} description={t('learningGrid.intro')} />
      <QueryStatus query={grid} />
      {data ? (
        <Card title={shown ? `${shown.code} — ${shown.name}` : t('learningGrid.title')}>
          {data.parts.length > 1 ? (
            <SelectField
              name="part"
              label={t('learningGrid.part')}
              className="choir-season"
              value={data.partId ?? ''}
              options={data.parts.map((part) => ({
                value: part.id,
                label: `${part.code} — ${part.name}`,
              }))}
              onChange={(event) => search.update({ part: event.target.value })}
            />
          ) : null}
          {data.pieces.length === 0 ? (
            <p>{t('learningGrid.noPieces')}</p>
          ) : (
            <>
              <h3 className="choir-subheading">{t('learningGrid.pieces')}</h3>
              <ol className="learning-pieces">
                {data.pieces.map((piece) => (
                  <li key={piece.id}>{piece.title}</li>
                ))}
              </ol>
              <ul className="learning-legend" aria-label={t('learningGrid.legend')}>
                {(['ready', 'ready_for_check', 'learning', 'unsaid'] as const).map((key) => (
                  <li key={key}>
                    <span className={`learning-mark learning-mark--${key}`} aria-hidden="true">
                      {MARKS[key]}
                    </span>{' '}
                    {key === 'unsaid' ? t('learningGrid.unsaid') : t(`learning.${key}`)}
                  </li>
                ))}
              </ul>
            </>
          )}
          {data.singers.length === 0 ? (
            <p>{t('learningGrid.empty')}</p>
          ) : data.pieces.length > 0 ? (
            <ScrollTable label={t('learningGrid.table', { part: shown?.code ?? '' })}>
              <table className="data-table learning-grid">
                <thead>
                  <tr>
                    <th scope="col">{t('learningGrid.singer')}</th>
                    {data.pieces.map((piece, index) => (
                      <th key={piece.id} scope="col" className="learning-grid__piece">
                        <span aria-hidden="true">{index + 1}</span>
                        <span className="visually-hidden">{piece.title}</span>
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.singers.map((singer) => (
                    <tr key={singer.memberId}>
                      <th scope="row">
                        {singer.firstName} {singer.lastName ?? ''}
                        <span className="learning-grid__site">{singer.siteName}</span>
                      </th>
                      {singer.statuses.map((status, index) => (
                        <td
                          key={data.pieces[index]!.id}
                          className={`learning-mark learning-mark--${status ?? 'unsaid'}`}
                        >
                          <span aria-hidden="true">{MARKS[status ?? 'unsaid']}</span>
                          <span className="visually-hidden">{label(status)}</span>
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </ScrollTable>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}
