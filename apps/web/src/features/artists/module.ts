// Artists: instruments and skills, home and travel, availability, and their own Tutti account.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const managers = rolesWith('artists.manage');

export const artistsModule = defineFeature({
  id: 'artists',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'artists',
      titleKey: 'artists:title',
      roles: managers,
      component: lazyRouteComponent(() => import('./components/artists-page'), 'ArtistsPage'),
    },
    {
      scope: 'organisation',
      path: 'artists/new',
      titleKey: 'artists:newTitle',
      roles: managers,
      component: lazyRouteComponent(() => import('./components/artist-new-page'), 'ArtistNewPage'),
    },
    {
      scope: 'organisation',
      path: 'artists/$artistId',
      titleKey: 'artists:title',
      roles: managers,
      component: lazyRouteComponent(() => import('./components/artist-page'), 'ArtistPage'),
    },
  ],
  nav: [
    {
      path: 'artists',
      labelKey: 'artists:nav',
      icon: 'music',
      roles: managers,
      section: 'programme',
      order: 60,
    },
  ],
});
