// A person's rights: the requests log with due dates (admins), next to the retention page; the
// participant's page carries the export, erasure and requests of that person.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const admins = rolesWith('personRights.manage');

export const personRightsModule = defineFeature({
  id: 'personRights',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'rights',
      titleKey: 'personRights:title',
      roles: admins,
      component: lazyRouteComponent(() => import('./components/rights-page'), 'RightsPage'),
    },
  ],
  nav: [
    {
      path: 'rights',
      labelKey: 'personRights:nav',
      icon: 'clipboard-check',
      roles: admins,
      section: 'organisation',
      order: 86,
    },
  ],
});
