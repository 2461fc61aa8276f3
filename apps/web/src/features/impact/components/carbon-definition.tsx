// What the dashboard's kg CO2e per beneficiary is: the Carbon page's one definition, its total and
// denominator, what its headline leaves out, and the way to the Carbon page that says more.
import { Link } from '@tanstack/react-router';
import type { ImpactIndicators } from '@tutti/contracts';
import { useTranslation } from 'react-i18next';
import { orgPath } from '@/lib/paths';
import { useImpactFormat } from '../lib/format';

export function CarbonDefinition({ orgId, data }: { orgId: string; data: ImpactIndicators }) {
  const { t } = useTranslation('impact');
  const format = useImpactFormat();
  const { carbon } = data;
  if (!carbon.available || carbon.totalCo2eKg === null) return null;
  const sentences = [
    t('carbonDefinition.text', {
      kg: format.kgCo2e(carbon.totalCo2eKg),
      people: format.people(carbon.beneficiaries),
    }),
    carbon.leftOut && carbon.leftOut.inputs > 0
      ? t('carbonDefinition.leftOut', {
          count: carbon.leftOut.inputs,
          kg: format.kgCo2e(carbon.leftOut.co2eKg),
        })
      : '',
    carbon.notCounted ? t('carbonDefinition.notCounted', { count: carbon.notCounted }) : '',
  ];
  return (
    <p className="muted">
      {sentences.filter(Boolean).join(' ')}{' '}
      <Link to={orgPath(orgId, 'carbon')}>{t('carbonDefinition.open')}</Link>
    </p>
  );
}
