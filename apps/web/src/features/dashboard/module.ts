// The dashboard: the first page of every organisation, for every role.

import { lazyRouteComponent } from '@tanstack/react-router';
import { roles } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

export const dashboardModule = defineFeature({
  id: 'dashboard',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: '',
      titleKey: 'dashboard:title',
      roles,
      component: lazyRouteComponent(() => import('./components/dashboard-page'), 'DashboardPage'),
    },
  ],
  nav: [{ path: '', labelKey: 'dashboard:nav', icon: 'home', roles, section: 'today', order: 0 }],
});
