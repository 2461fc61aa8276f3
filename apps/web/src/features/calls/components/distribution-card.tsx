// The chair's view, once the scores are locked, of where the applicants live: counts per
// access-score band, density group and priority area (never who); small counts read "< 5".
// Before the lock, the card says why nothing is shown.
import type { Call, PeopleCount } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Alert, Card, QueryStatus } from '@/components/ui';
import { useDistribution } from '../api/applications';
import './calls.css';

type Cell = { category: string; count: PeopleCount };

function CountTable({ caption, cells, group }: { caption: string; cells: Cell[]; group: string }) {
  const { t, i18n } = useTranslation('calls');
  const number = new Intl.NumberFormat(i18n.language);
  const shown = (count: PeopleCount) =>
    typeof count === 'number'
      ? number.format(count)
      : count === 'masked'
        ? t('distribution.masked')
        : t('distribution.small');
  return (
    <table className="calls-table calls-counts">
      <caption>{caption}</caption>
      <tbody>
        {cells.map((cell) => (
          <tr key={cell.category}>
            <th scope="row">
              {t(`distribution.${group}.${cell.category}` as 'distribution.title')}
            </th>
            <td>{shown(cell.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function DistributionCard({ orgId, call }: { orgId: string; call: Call }) {
  const { t } = useTranslation('calls');
  const locked = call.scoresLockedAt !== null;
  const distribution = useDistribution(orgId, call.id, locked);
  const data = distribution.data;
  return (
    <Card title={t('distribution.title')}>
      {!locked ? <Alert tone="info">{t('distribution.notLocked')}</Alert> : null}
      {locked ? <QueryStatus query={distribution} /> : null}
      {data ? (
        <>
          <p>
            {t('distribution.lead', {
              count: typeof data.applicants === 'number' ? data.applicants : 0,
            })}
          </p>
          <div className="calls-distribution">
            <CountTable
              caption={t('distribution.accessScore')}
              cells={data.accessScore}
              group="bands"
            />
            <CountTable
              caption={t('distribution.density')}
              cells={data.density}
              group="densities"
            />
            <CountTable
              caption={t('distribution.priorityArea')}
              cells={data.priorityArea}
              group="priorities"
            />
          </div>
          <p className="calls-muted">{t('distribution.rule')}</p>
          {!data.referenceData.densityImported || !data.referenceData.priorityImported ? (
            <p className="calls-muted">{t('distribution.notImported')}</p>
          ) : null}
        </>
      ) : null}
    </Card>
  );
}
