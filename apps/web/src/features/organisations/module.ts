// Organisations: creating the first one (a page for a signed-in person without one).
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';
import { organisationsTranslations } from './i18n';

export const organisationsModule = defineFeature({
  id: 'organisations',
  translations: organisationsTranslations,
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
