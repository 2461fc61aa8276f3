// Backups of the instance (admins): the recent runs, the daily time, a backup now.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const admins = rolesWith('backups.manage');

export const backupsModule = defineFeature({
  id: 'backups',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'backups',
      titleKey: 'backups:title',
      roles: admins,
      component: lazyRouteComponent(() => import('./components/backups-page'), 'BackupsPage'),
    },
  ],
  nav: [
    {
      path: 'backups',
      labelKey: 'backups:nav',
      icon: 'archive',
      roles: admins,
      section: 'organisation',
      order: 88,
    },
  ],
});
