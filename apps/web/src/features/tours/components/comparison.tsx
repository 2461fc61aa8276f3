// The plan, today's plan and the nearest-artist baseline side by side: km, hours, CO2, artist-days.
import type { PlanningResult, PlanningRun, PlanTotals } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui';
import { useTourFormat } from '../lib/tour-format';

type Column = { key: 'plan' | 'current' | 'baseline'; totals: PlanTotals; saved?: string[] };

export function Comparison({ run, result }: { run: PlanningRun; result: PlanningResult }) {
  const { t } = useTranslation('tours');
  const format = useTourFormat();
  const count = result.plan.placed + result.plan.unplaced;
  const saved = (percent: number | null, key: 'savedVsCurrent' | 'savedVsBaseline') =>
    percent === null
      ? t('compare.notComparable')
      : t(`compare.${key}`, { percent: format.kg(percent) });
  const columns: Column[] = [
    {
      key: 'plan',
      totals: result.plan,
      saved: [
        saved(result.savedVsCurrentPercent, 'savedVsCurrent'),
        saved(result.savedVsBaselinePercent, 'savedVsBaseline'),
      ],
    },
    { key: 'current', totals: result.current },
    { key: 'baseline', totals: result.baseline },
  ];
  const model = run.distanceModel;
  return (
    <Card title={t('compare.title')}>
      <ul className="tours-compare">
        {columns.map(({ key, totals, saved: lines }) => (
          <li key={key} className={`tours-compare__card tours-compare__card--${key}`}>
            <h3>{t(`compare.${key}`)}</h3>
            <p className="tours-compare__km">
              <span className="tours-compare__value">{format.km(totals.distanceKm)}</span>{' '}
              {t('compare.km')}
            </p>
            <dl className="tours-figures">
              <div>
                <dt>{t('compare.hours')}</dt>
                <dd>{format.hours(totals.travelMin)}</dd>
              </div>
              <div>
                <dt>{t('compare.co2')}</dt>
                <dd>{format.kg(totals.co2eKg)}</dd>
              </div>
              <div>
                <dt>{t('compare.artistDays')}</dt>
                <dd>{totals.artistDays}</dd>
              </div>
            </dl>
            <p>{t('compare.placed', { count: totals.placed, total: count })}</p>
            {key === 'baseline' ? <p className="muted">{t('compare.baselineHelp')}</p> : null}
            {lines?.map((line) => (
              <p key={line} className="tours-compare__saved">
                {line}
              </p>
            ))}
          </li>
        ))}
      </ul>
      {model ? (
        <p className="muted">
          {model.kind === 'osrm'
            ? t('distance.osrm', { version: result.factorVersion })
            : t('distance.great_circle', {
                factor: format.kg(model.circuityFactor ?? 1.3),
                speed: model.speedKmh ?? 60,
                version: result.factorVersion,
              })}
          {model.fallbackReason
            ? ` ${t('distance.fallback', { reason: model.fallbackReason })}`
            : ''}
        </p>
      ) : null}
    </Card>
  );
}
