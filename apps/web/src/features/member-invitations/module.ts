// Member invitations: admins invite people to join; the e-mailed link opens a public page.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const admins = rolesWith('memberInvitations.manage');

export const memberInvitationsModule = defineFeature({
  id: 'memberInvitations',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'member-invitations',
      titleKey: 'memberInvitations:title',
      roles: admins,
      component: lazyRouteComponent(
        () => import('./components/member-invitations-page'),
        'MemberInvitationsPage',
      ),
    },
    {
      scope: 'public',
      path: '/member-invitations/$token',
      titleKey: 'memberInvitations:accept.title',
      component: lazyRouteComponent(
        () => import('./components/accept-member-invitation-page'),
        'AcceptMemberInvitationPage',
      ),
    },
  ],
  nav: [
    {
      path: 'member-invitations',
      labelKey: 'memberInvitations:nav',
      icon: 'mail-plus',
      roles: admins,
      section: 'organisation',
      order: 30,
    },
  ],
});
