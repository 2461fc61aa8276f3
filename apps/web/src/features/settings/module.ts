// Organisation settings: admins rename the organisation.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const admins = rolesWith('organisations.configure');

export const settingsModule = defineFeature({
  id: 'settings',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'settings',
      titleKey: 'settings:title',
      roles: admins,
      component: lazyRouteComponent(
        () => import('./components/organisation-settings-page'),
        'OrganisationSettingsPage',
      ),
    },
  ],
  nav: [
    {
      path: 'settings',
      labelKey: 'settings:nav',
      icon: 'settings',
      roles: admins,
      section: 'organisation',
      order: 90,
    },
  ],
});
