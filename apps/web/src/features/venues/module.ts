// Venues: where sessions happen, with accessibility, equipment, opening hours and closures.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const managers = rolesWith('venues.manage');

export const venuesModule = defineFeature({
  id: 'venues',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'venues',
      titleKey: 'venues:title',
      roles: managers,
      component: lazyRouteComponent(() => import('./components/venues-page'), 'VenuesPage'),
    },
    {
      scope: 'organisation',
      path: 'venues/new',
      titleKey: 'venues:newTitle',
      roles: managers,
      component: lazyRouteComponent(() => import('./components/venue-new-page'), 'VenueNewPage'),
    },
    {
      scope: 'organisation',
      path: 'venues/$venueId',
      titleKey: 'venues:title',
      roles: managers,
      component: lazyRouteComponent(() => import('./components/venue-page'), 'VenuePage'),
    },
  ],
  nav: [
    {
      path: 'venues',
      labelKey: 'venues:nav',
      icon: 'map-pin',
      roles: managers,
      section: 'programme',
      order: 50,
    },
  ],
});
