// Imports and exports: a page per list to import a file into; export links sit on the lists.
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';
import { importsTranslations } from './i18n';

/** Relays enrol their groups one by one; files are for the people who manage the lists. */
const managers = ['admin', 'coordinator'] as const;
const page = (name: 'ParticipantsImportPage' | 'PartnersImportPage' | 'VenuesImportPage') =>
  lazyRouteComponent(() => import('./components/import-page'), name);

export const importsModule = defineFeature({
  id: 'imports',
  translations: importsTranslations,
  pages: [
    {
      scope: 'organisation',
      path: 'participants/import',
      titleKey: 'imports:title.participants',
      roles: managers,
      component: page('ParticipantsImportPage'),
    },
    {
      scope: 'organisation',
      path: 'partners/import',
      titleKey: 'imports:title.partners',
      roles: managers,
      component: page('PartnersImportPage'),
    },
    {
      scope: 'organisation',
      path: 'venues/import',
      titleKey: 'imports:title.venues',
      roles: managers,
      component: page('VenuesImportPage'),
    },
  ],
});
