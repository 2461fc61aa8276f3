// The readiness grid: pieces × parts, each cell the share of the part's singers ready on the
// piece (all sites or one), with how many wait for a check and how many still learn.
import type { ChoirReadiness } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Card, ScrollTable, SelectField } from '@/components/ui';
import { usePercent } from '../lib/percent';
import { ConductorLearning } from './conductor-learning';

type Cell = { singers: number; ready: number; readyForCheck: number; learning: number };

/** Sums the cells of the chosen sites, per piece and part. */
export function readinessCells(readiness: ChoirReadiness, siteId: string | null) {
  const cells = new Map<string, Cell>();
  for (const cell of readiness.cells) {
    if (siteId !== null && cell.siteId !== siteId) continue;
    const key = `${cell.pieceId}|${cell.partId}`;
    const sum = cells.get(key) ?? { singers: 0, ready: 0, readyForCheck: 0, learning: 0 };
    sum.singers += cell.singers;
    sum.ready += cell.ready;
    sum.readyForCheck += cell.readyForCheck;
    sum.learning += cell.learning;
    cells.set(key, sum);
  }
  return cells;
}

/** Green from 75 %, orange from 40 %, red below (the percentage is always written too). */
const bandOf = (share: number) => (share >= 0.75 ? 'good' : share >= 0.4 ? 'fair' : 'low');

export function ConductorReadiness({ readiness }: { readiness: ChoirReadiness }) {
  const { t } = useTranslation('choirs');
  const percent = usePercent();
  const [siteId, setSiteId] = useState<string | null>(null);
  const cells = readinessCells(readiness, siteId);
  const sites = siteId ? readiness.sites.filter((site) => site.id === siteId) : readiness.sites;

  return (
    <Card title={t('conductor.readiness.title')}>
      <p className="field__hint">{t('conductor.readiness.hint')}</p>
      <SelectField
        name="readiness-site"
        label={t('conductor.readiness.site')}
        className="choir-season"
        value={siteId ?? ''}
        options={[
          { value: '', label: t('conductor.readiness.allSites') },
          ...readiness.sites.map((site) => ({ value: site.id, label: site.name })),
        ]}
        onChange={(event) => setSiteId(event.target.value || null)}
      />
      {readiness.pieces.length === 0 ? (
        <p>{t('conductor.readiness.empty')}</p>
      ) : (
        <ScrollTable label={t('conductor.readiness.table')}>
          <table className="data-table readiness-grid">
            <caption className="visually-hidden">{t('conductor.readiness.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('conductor.readiness.piece')}</th>
                {readiness.parts.map((part) => (
                  <th key={part.id} scope="col" className="num">
                    {part.code}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {readiness.pieces.map((piece) => (
                <tr key={piece.id}>
                  <th scope="row">{piece.title}</th>
                  {readiness.parts.map((part) => {
                    const cell = cells.get(`${piece.id}|${part.id}`);
                    if (!cell || cell.singers === 0) {
                      return (
                        <td key={part.id} className="num">
                          —
                        </td>
                      );
                    }
                    const share = cell.ready / cell.singers;
                    return (
                      <td
                        key={part.id}
                        className={`num readiness-cell readiness-cell--${bandOf(share)}`}
                      >
                        <strong>{percent(share)}</strong>
                        <span className="readiness-cell__detail">
                          {t('conductor.readiness.cell', cell)}
                        </span>
                        {cell.readyForCheck > 0 ? (
                          <span className="readiness-cell__detail">
                            {t('conductor.readiness.toCheck', { count: cell.readyForCheck })}
                          </span>
                        ) : null}
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollTable>
      )}
      <p className="field__hint">{t('conductor.readiness.legend')}</p>
      <ConductorLearning readiness={readiness} siteId={siteId} />
      {readiness.nextConcert ? (
        <ul className="choir-facts">
          {sites.map((site) => (
            <li key={site.id}>
              {t('conductor.readiness.rehearsalsLeft', {
                site: site.name,
                count: site.rehearsalsLeft,
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
