// The headline figures of a footprint: total, per beneficiary, per hour, what they rest on, what
// the headline counts and leaves out, and the one definition of kg CO2e per beneficiary.
import type { FootprintSummary } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { useCarbonFormat } from '../lib/carbon-format';

export function SummaryFigures({ summary }: { summary: FootprintSummary }) {
  const { t } = useTranslation('carbon');
  const format = useCarbonFormat();
  return (
    <>
      <dl className="carbon-figures">
        <div>
          <dt>{t('panel.total')}</dt>
          <dd>{t('kg', { value: format.kg(summary.totalCo2eKg) })}</dd>
        </div>
        <div>
          <dt>{t('panel.perBeneficiary')}</dt>
          <dd>
            {summary.perBeneficiaryCo2eKg === null
              ? t('noFigure')
              : t('kg', { value: format.kg(summary.perBeneficiaryCo2eKg) })}
          </dd>
        </div>
        <div>
          <dt>{t('panel.perHour')}</dt>
          <dd>
            {summary.perActivityHourCo2eKg === null
              ? t('noFigure')
              : t('kg', { value: format.kg(summary.perActivityHourCo2eKg) })}
          </dd>
        </div>
      </dl>
      <p className="muted">
        {t('panel.beneficiaries', {
          count: summary.beneficiaries.total,
          detail: [
            t('panel.listed', { count: summary.beneficiaries.uniqueParticipants }),
            t('panel.counted', { count: summary.beneficiaries.headcounts }),
          ].join(', '),
        })}
        {' · '}
        {t('panel.hours', { hours: format.number(summary.activityHours) })}
        {' · '}
        {t('factorVersion', { version: summary.factorVersion })}
      </p>
      <p className="carbon-scope">
        {[
          t('scope.sessions', {
            count: summary.sessions.held + summary.sessions.planned,
            held: summary.sessions.held,
            planned: summary.sessions.planned,
          }),
          summary.leftOut.inputs > 0
            ? t('scope.leftOut', {
                count: summary.leftOut.inputs,
                kg: format.kg(summary.leftOut.co2eKg),
              })
            : t('scope.complete'),
          summary.notCounted > 0 ? t('scope.notCounted', { count: summary.notCounted }) : '',
        ]
          .filter(Boolean)
          .join(' ')}
      </p>
      {summary.heldOnly ? (
        <p className="carbon-scope">
          {t('scope.heldOnly', {
            count: summary.heldOnly.beneficiaries,
            kg: format.kg(summary.heldOnly.totalCo2eKg),
            per: format.kg(summary.heldOnly.perBeneficiaryCo2eKg),
          })}
        </p>
      ) : null}
      <p className="muted">{t('scope.perBeneficiary')}</p>
    </>
  );
}
