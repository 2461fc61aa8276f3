// Retention: how long each kind of personal record is kept, and what the daily purges removed.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const admins = rolesWith('retention.read');

export const retentionModule = defineFeature({
  id: 'retention',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'retention',
      titleKey: 'retention:title',
      roles: admins,
      component: lazyRouteComponent(() => import('./components/retention-page'), 'RetentionPage'),
    },
  ],
  nav: [
    {
      path: 'retention',
      labelKey: 'retention:nav',
      icon: 'archive',
      roles: admins,
      section: 'organisation',
      order: 85,
    },
  ],
});
