// Territories: the access index of an area on a map and in a ranked list (coordinators, admins;
// viewers read), the official files admins import for it, and the commune picker every form uses.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const readers = rolesWith('territories.read');
const importers = rolesWith('territories.importReference');

export const territoriesModule = defineFeature({
  id: 'territories',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'territories',
      titleKey: 'territories:title',
      roles: readers,
      component: lazyRouteComponent(
        () => import('./components/territories-page'),
        'TerritoriesPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'territories/reference',
      titleKey: 'territories:reference.title',
      roles: importers,
      component: lazyRouteComponent(() => import('./components/reference-page'), 'ReferencePage'),
    },
  ],
  nav: [
    {
      path: 'territories',
      labelKey: 'territories:nav',
      icon: 'map-pin',
      roles: readers,
      section: 'audiences',
      order: 15,
    },
  ],
});
