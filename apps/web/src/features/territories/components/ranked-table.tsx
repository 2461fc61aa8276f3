// The ranked communes with their reasons: the accessible alternative to the map.
import type { RankedCommune } from '@tutti/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Badge, Button } from '@/components/ui';
import { useNumberFormat, useReasonText } from '../lib/reasons';
import { scoreColour } from '../lib/score-scale';

/** The points a commune got from its known components (the score is them over the possible). */
const pointsOf = (c: RankedCommune) =>
  Object.values(c.points).reduce<number>((sum, p) => sum + (p ?? 0), 0);

/** Rows shown at a time: a region has thousands of communes. */
const PAGE = 50;

export function RankedTable({ items }: { items: RankedCommune[] }) {
  const { t, i18n } = useTranslation('territories');
  const reasonText = useReasonText();
  const format = useNumberFormat();
  const integer = new Intl.NumberFormat(i18n.language);
  const [shown, setShown] = useState(PAGE);
  if (items.length === 0) return <p>{t('table.empty')}</p>;
  const rows = items.slice(0, shown);
  // Equal scores share a rank: what is known does not tell them apart.
  const counts = new Map<number, number>();
  for (const c of items) counts.set(c.rank, (counts.get(c.rank) ?? 0) + 1);
  return (
    <>
      <div className="ranked-table__scroll">
        <table className="ranked-table">
          <caption className="visually-hidden">{t('table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.rank')}</th>
              <th scope="col">{t('table.commune')}</th>
              <th scope="col">{t('table.score')}</th>
              <th scope="col">{t('table.reasons')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((c) => (
              <tr key={c.communeId}>
                <td>
                  {c.rank}
                  {(counts.get(c.rank) ?? 0) > 1 ? (
                    <span className="ranked-table__tied">{t('table.tied')}</span>
                  ) : null}
                </td>
                <th scope="row">
                  <span className="ranked-table__name">{c.name}</span>
                  <span className="ranked-table__meta">
                    {c.communeId} ·{' '}
                    {t('table.population', { population: integer.format(c.population) })}
                  </span>
                  {c.priorityArea ? <Badge tone="primary">{t('table.priority')}</Badge> : null}
                  {c.approximateLocation ? <Badge>{t('table.approximate')}</Badge> : null}
                </th>
                <td>
                  <span className="ranked-table__score">
                    <span
                      className="map-legend__swatch"
                      style={{ background: scoreColour(c.score) }}
                    />
                    {format(c.score)}
                  </span>
                  {c.possiblePoints < 100 ? (
                    <span className="ranked-table__meta">
                      {t('table.outOf', {
                        points: format(pointsOf(c)),
                        possible: format(c.possiblePoints),
                      })}
                    </span>
                  ) : null}
                </td>
                <td>
                  <ul className="ranked-table__reasons">
                    {c.reasons.map((reason) => (
                      <li key={reason.key}>{reasonText(reason)}</li>
                    ))}
                  </ul>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="field__hint" aria-live="polite">
        {t('table.shown', { count: rows.length, total: items.length })}
      </p>
      {shown < items.length ? (
        <Button variant="secondary" onClick={() => setShown((n) => n + PAGE)}>
          {t('table.showMore', { count: Math.min(PAGE, items.length - shown) })}
        </Button>
      ) : null}
    </>
  );
}
