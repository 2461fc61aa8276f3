// Organisation settings: admins rename the organisation.
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';
import { settingsTranslations } from './i18n';

const admins = ['admin'] as const;

export const settingsModule = defineFeature({
  id: 'settings',
  translations: settingsTranslations,
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
  nav: [{ path: 'settings', labelKey: 'settings:nav', icon: 'settings', roles: admins, order: 90 }],
});
