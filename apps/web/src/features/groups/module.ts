// Groups: classes, social-centre groups, choirs, audiences, each with its relay person.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

/** Relays see and manage only their own groups; viewers read. */
const readers = rolesWith('groups.read');

export const groupsModule = defineFeature({
  id: 'groups',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'groups',
      titleKey: 'groups:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/groups-page'), 'GroupsPage'),
    },
    {
      scope: 'organisation',
      path: 'groups/$groupId',
      titleKey: 'groups:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/group-page'), 'GroupPage'),
    },
  ],
  nav: [
    {
      path: 'groups',
      labelKey: 'groups:nav',
      icon: 'users',
      roles: readers,
      section: 'audiences',
      order: 13,
    },
  ],
});
