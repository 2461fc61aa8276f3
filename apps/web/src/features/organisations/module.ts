// Organisations: creating the first one (a page for a signed-in person without one).
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';

export const organisationsModule = defineFeature({
  id: 'organisations',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'account',
      path: '/organisations/new',
      titleKey: 'organisations:create.title',
      component: lazyRouteComponent(
        () => import('./components/create-organisation-page'),
        'CreateOrganisationPage',
      ),
    },
  ],
});
