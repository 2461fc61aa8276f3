// Media: the organisation's recordings, scores, images and documents (upload, processing, playing).
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

/** Everyone plays what is published; managers also upload, follow processing and delete. */
const readers = rolesWith('media.read');

export const mediaModule = defineFeature({
  id: 'media',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'media',
      titleKey: 'media:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/media-page'), 'MediaPage'),
    },
  ],
  nav: [
    {
      path: 'media',
      labelKey: 'media:nav',
      icon: 'play',
      roles: readers,
      section: 'programme',
      order: 55,
    },
  ],
});
