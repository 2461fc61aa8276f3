// A section leader's queue of singers' recordings to check, with verdicts.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui';

export function CheckingPage() {
  const { t } = useTranslation('choirs');
  return <PageHeader title={t('checking.title')} />;
}
