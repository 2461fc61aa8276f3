// Writing to a part, a site or the whole choir, in French, English and German.
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/ui';

export function MessagePage() {
  const { t } = useTranslation('choirs');
  return <PageHeader title={t('message.title')} />;
}
