// A rehearsal's roll call, recorded on the device's operation log (works offline).
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui';

export function RollCallPage() {
  const { t } = useTranslation('choirs');
  return <PageHeader title={t('rollCall.title')} />;
}
