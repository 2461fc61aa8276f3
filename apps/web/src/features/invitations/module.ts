// Invitations: admins invite people; the invitation link is a public page.
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';
import { lazyNamed } from '@/lib/lazy';

const admins = ['admin'] as const;

export const invitationsModule = defineFeature({
  id: 'invitations',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'invitations',
      titleKey: 'invitations:title',
      roles: admins,
      component: lazyRouteComponent(
        () => import('./components/invitations-page'),
        'InvitationsPage',
      ),
    },
    {
      scope: 'public',
      path: '/invitations/$token',
      titleKey: 'invitations:accept.title',
      component: lazyRouteComponent(
        () => import('./components/accept-invitation-page'),
        'AcceptInvitationPage',
      ),
    },
  ],
  nav: [
    {
      path: 'invitations',
      labelKey: 'invitations:nav',
      icon: 'mail-plus',
      roles: admins,
      order: 30,
    },
  ],
  dashboardWidgets: [
    {
      id: 'pending-invitations',
      roles: admins,
      order: 30,
      component: lazyNamed(
        () => import('./components/pending-invitations-widget'),
        'PendingInvitationsWidget',
      ),
    },
  ],
});
