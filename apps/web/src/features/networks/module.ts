// Networks: the organisation's networks (join, found, accept) and one network's dashboard, map,
// agenda and members, for the users holding a network role; the shared library for every reader.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const readers = rolesWith('networks.read');

export const networksModule = defineFeature({
  id: 'networks',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'reseaux',
      titleKey: 'networks:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/networks-page'), 'NetworksPage'),
    },
    {
      scope: 'organisation',
      path: 'reseaux/$networkId/bibliotheque',
      titleKey: 'networks:library.title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/library-page'), 'LibraryPage'),
    },
    {
      scope: 'organisation',
      path: 'reseaux/$networkId/bibliotheque/partager',
      titleKey: 'networks:library.shareTitle',
      roles: rolesWith('networks.share'),
      component: lazyRouteComponent(
        () => import('./components/library-share-page'),
        'LibrarySharePage',
      ),
    },
    {
      scope: 'organisation',
      path: 'reseaux/$networkId/bibliotheque/$entryId',
      titleKey: 'networks:library.title',
      roles: readers,
      component: lazyRouteComponent(
        () => import('./components/library-entry-page'),
        'LibraryEntryPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'reseaux/$networkId',
      titleKey: 'networks:title',
      roles: rolesWith('networks.hold'),
      component: lazyRouteComponent(() => import('./components/network-page'), 'NetworkPage'),
    },
  ],
  nav: [
    {
      path: 'reseaux',
      labelKey: 'networks:nav',
      icon: 'handshake',
      roles: readers,
      section: 'network',
      order: 95,
    },
  ],
});
