// Imports and exports: a page per list to import a file into; export links sit on the lists.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

/** Relays enrol their groups one by one; files are for the people who manage the lists. */
const managers = rolesWith('imports.import');
const page = (
  name:
    | 'ParticipantsImportPage'
    | 'PartnersImportPage'
    | 'VenuesImportPage'
    | 'EnsemblesImportPage',
) => lazyRouteComponent(() => import('./components/import-page'), name);

export const importsModule = defineFeature({
  id: 'imports',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
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
    {
      scope: 'organisation',
      path: 'ensembles/import',
      titleKey: 'imports:title.ensembles',
      roles: managers,
      component: page('EnsemblesImportPage'),
    },
  ],
});
