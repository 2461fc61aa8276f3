// Carbon accounting: the organisation's footprint by year, projects and sessions in detail,
// scenarios to reduce it, and the versions of the emission factors.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const readers = rolesWith('carbon.read');

export const carbonModule = defineFeature({
  id: 'carbon',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'carbon',
      titleKey: 'carbon:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/year-page'), 'YearPage'),
    },
    {
      scope: 'organisation',
      path: 'carbon/projects/$projectId',
      titleKey: 'carbon:title',
      roles: readers,
      component: lazyRouteComponent(
        () => import('./components/project-footprint-page'),
        'ProjectFootprintPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'carbon/projects/$projectId/scenarios',
      titleKey: 'carbon:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/scenarios-page'), 'ScenariosPage'),
    },
    {
      scope: 'organisation',
      path: 'carbon/sessions/$sessionId',
      titleKey: 'carbon:title',
      roles: readers,
      component: lazyRouteComponent(
        () => import('./components/session-footprint-page'),
        'SessionFootprintPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'carbon/factors',
      titleKey: 'carbon:factors.title',
      roles: readers,
      component: lazyRouteComponent(
        () => import('./components/factor-sets-page'),
        'FactorSetsPage',
      ),
    },
  ],
  nav: [
    {
      path: 'carbon',
      labelKey: 'carbon:nav',
      icon: 'leaf',
      roles: readers,
      section: 'measure',
      order: 60,
    },
  ],
});
