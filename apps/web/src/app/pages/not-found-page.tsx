// Shown for an unknown address, or an organisation the viewer does not belong to.
import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { NarrowPage } from '@/components/ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = `${t('pages.notFound')} · ${t('appName')}`;
  }, [t]);
  return (
    <NarrowPage title={t('pages.notFound')}>
      <p>{t('pages.notFoundText')}</p>
      <p>
        <Link to="/">{t('pages.backHome')}</Link>
      </p>
    </NarrowPage>
  );
}
