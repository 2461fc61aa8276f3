// Outbox: the organisation's e-mails, readable by its admins.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const admins = rolesWith('outbox.read');

export const outboxModule = defineFeature({
  id: 'outbox',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'outbox',
      titleKey: 'outbox:title',
      roles: admins,
      component: lazyRouteComponent(() => import('./components/outbox-page'), 'OutboxPage'),
    },
  ],
  nav: [
    {
      path: 'outbox',
      labelKey: 'outbox:nav',
      icon: 'inbox',
      roles: admins,
      section: 'organisation',
      order: 80,
    },
  ],
});
