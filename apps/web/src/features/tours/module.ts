// Tour planning: choose sessions and artists, follow the run, compare, accept or plan again
// (coordinators and admins).
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const planners = rolesWith('planning.plan');

export const toursModule = defineFeature({
  id: 'tours',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'tours',
      titleKey: 'tours:title',
      roles: planners,
      component: lazyRouteComponent(() => import('./components/tours-page'), 'ToursPage'),
    },
    {
      scope: 'organisation',
      path: 'tours/runs/$runId',
      titleKey: 'tours:title',
      roles: planners,
      component: lazyRouteComponent(() => import('./components/run-page'), 'TourRunPage'),
    },
  ],
  nav: [
    {
      path: 'tours',
      labelKey: 'tours:nav',
      icon: 'van',
      roles: planners,
      section: 'programme',
      order: 11,
    },
  ],
});
