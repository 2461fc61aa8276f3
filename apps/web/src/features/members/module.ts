// Members: who belongs to the organisation; admins manage roles.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const readers = rolesWith('members.list');

export const membersModule = defineFeature({
  id: 'members',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'members',
      titleKey: 'members:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/members-page'), 'MembersPage'),
    },
  ],
  nav: [
    {
      path: 'members',
      labelKey: 'members:nav',
      icon: 'users',
      roles: readers,
      section: 'organisation',
      order: 20,
    },
  ],
});
