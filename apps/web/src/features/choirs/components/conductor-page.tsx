// The conductor's page of a choir and season: readiness, alerts, predicted attendance, roster, repertoire.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui';

export function ConductorPage() {
  const { t } = useTranslation('choirs');
  return <PageHeader title={t('conductor.title')} />;
}
