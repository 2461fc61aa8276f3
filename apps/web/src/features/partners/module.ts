// Partners: the structures a project is built with, their contacts and agreements.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const managers = rolesWith('partners.manage');

export const partnersModule = defineFeature({
  id: 'partners',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'partners',
      titleKey: 'partners:title',
      roles: managers,
      component: lazyRouteComponent(() => import('./components/partners-page'), 'PartnersPage'),
    },
    {
      scope: 'organisation',
      path: 'partners/$partnerId',
      titleKey: 'partners:title',
      roles: managers,
      component: lazyRouteComponent(() => import('./components/partner-page'), 'PartnerPage'),
    },
  ],
  nav: [
    {
      path: 'partners',
      labelKey: 'partners:nav',
      icon: 'handshake',
      roles: managers,
      section: 'programme',
      order: 40,
    },
  ],
});
