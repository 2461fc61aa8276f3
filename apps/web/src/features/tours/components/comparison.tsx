// The plan, the current plan and the nearest-artist baseline side by side: km, hours, CO2,
// artist-days; when the plan and the current plan do not place the same sessions, the difference
// in words and both measured on the sessions they share; and the rules the run kept.
import type { LikeForLike, PlanningResult, PlanningRun, PlanTotals } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { Card } from '@/components/ui';
import { useTourFormat } from '../lib/tour-format';

/** A line under the plan's figures; `gain` when it saves kilometres. */
type Line = { text: string; gain: boolean };
type Column = { key: 'plan' | 'current' | 'baseline'; totals: PlanTotals; saved?: Line[] };

export function Comparison({ run, result }: { run: PlanningRun; result: PlanningResult }) {
  const { t } = useTranslation('tours');
  const format = useTourFormat();
  const count = result.plan.placed + result.plan.unplaced;
  const same = result.likeForLike;
  const saved = (percent: number | null, than: 'Current' | 'Baseline'): Line => {
    if (percent === null) return { text: t('compare.notComparable'), gain: false };
    if (percent === 0) return { text: t(`compare.sameAs${than}`), gain: false };
    const key = percent > 0 ? (`savedVs${than}` as const) : (`moreVs${than}` as const);
    return {
      text: t(`compare.${key}`, { percent: format.kg(Math.abs(percent)) }),
      gain: percent > 0,
    };
  };
  const likeForLikeLine = (percent: number): Line => ({
    text: t(percent >= 0 ? 'compare.savedSame' : 'compare.moreSame', {
      percent: format.kg(Math.abs(percent)),
    }),
    gain: percent > 0,
  });
  const savedVsCurrent =
    same && same.savedPercent !== null && !sameSessions(result, same)
      ? likeForLikeLine(same.savedPercent)
      : saved(result.savedVsCurrentPercent, 'Current');
  const columns: Column[] = [
    {
      key: 'plan',
      totals: result.plan,
      saved: [savedVsCurrent, saved(result.savedVsBaselinePercent, 'Baseline')],
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
            {key === 'baseline' ? (
              <p className="muted">
                {t('compare.baselineHelp')}
                {run.keepCurrentAssignments ? ` ${t('compare.baselineFree')}` : ''}
              </p>
            ) : null}
            {lines?.map((line) => (
              <p
                key={line.text}
                className={`tours-compare__saved${line.gain ? '' : ' tours-compare__saved--none'}`}
              >
                {line.text}
              </p>
            ))}
          </li>
        ))}
      </ul>
      {same && !sameSessions(result, same) ? <Difference result={result} same={same} /> : null}
      <RunRules run={run} />
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

/** Both sides place exactly the same sessions: the cards compare like for like already. */
const sameSessions = (result: PlanningResult, same: LikeForLike) =>
  same.onlyInPlan === 0 && same.onlyInCurrent === 0 && result.plan.placed === same.sessions;

/** What only one side places, in words, then both sides on the sessions they share. */
function Difference({ result, same }: { result: PlanningResult; same: LikeForLike }) {
  const { t } = useTranslation('tours');
  const format = useTourFormat();
  const others = same.onlyInPlan - same.onlyInPlanWithoutArtist;
  return (
    <div className="tours-compare__note">
      <p>
        {t('compare.placedBoth', { plan: result.plan.placed, current: result.current.placed })}
        {same.onlyInPlanWithoutArtist > 0
          ? ` ${t('compare.withoutArtist', { count: same.onlyInPlanWithoutArtist })}`
          : ''}
        {others > 0 ? ` ${t('compare.onlyPlan', { count: others })}` : ''}
        {same.onlyInCurrent > 0
          ? ` ${t('compare.onlyCurrent', { count: same.onlyInCurrent })}`
          : ''}
      </p>
      {same.sessions > 0 ? (
        <p>
          {t('compare.same', {
            count: same.sessions,
            plan: format.km(same.plan.distanceKm),
            current: format.km(same.current.distanceKm),
          })}
        </p>
      ) : null}
    </div>
  );
}

/** The rules this run kept: the lunch break, agreed dates, changing as little as possible. */
function RunRules({ run }: { run: PlanningRun }) {
  const { t } = useTranslation('tours');
  const lunch = run.lunchBreak;
  const lines = [
    lunch ? t('rules.summaryLunch', lunch) : t('rules.summaryNoLunch'),
    run.agreedSessionIds.length > 0
      ? t('rules.summaryAgreed', { count: run.agreedSessionIds.length })
      : null,
    run.freedSessionIds.length > 0
      ? t('rules.summaryFreed', { count: run.freedSessionIds.length })
      : null,
    run.keepCurrentAssignments ? t('rules.summaryKeep') : null,
  ].filter((line): line is string => line !== null);
  return (
    <div className="tours-compare__note">
      <h3 className="visually-hidden">{t('compare.rules')}</h3>
      <p className="muted">{lines.join(' ')}</p>
    </div>
  );
}
