// Groups: classes, social-centre groups, choirs, audiences, each with its relay person.
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';
import { groupsTranslations } from './i18n';

/** Relays see and manage only their own groups; viewers read. */
const readers = ['admin', 'coordinator', 'relay', 'viewer'] as const;

export const groupsModule = defineFeature({
  id: 'groups',
  translations: groupsTranslations,
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
  nav: [{ path: 'groups', labelKey: 'groups:nav', icon: 'users', roles: readers, order: 13 }],
});
