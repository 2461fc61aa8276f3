// The dashboard: the first page of every organisation, for every role.

import { lazyRouteComponent } from '@tanstack/react-router';
import { roles } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';
import { dashboardTranslations } from './i18n';

export const dashboardModule = defineFeature({
  id: 'dashboard',
  translations: dashboardTranslations,
  pages: [
    {
      scope: 'organisation',
      path: '',
      titleKey: 'dashboard:title',
      roles,
      component: lazyRouteComponent(() => import('./components/dashboard-page'), 'DashboardPage'),
    },
  ],
  nav: [{ path: '', labelKey: 'dashboard:nav', icon: 'home', roles, order: 0 }],
});
