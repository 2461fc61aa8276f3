// Participants: minimal records, guardian consent for minors, access needs for those who need them.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

/** Relays see the participants of their own groups only; viewers never see a participant. */
const readers = rolesWith('participants.read');

export const participantsModule = defineFeature({
  id: 'participants',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'participants',
      titleKey: 'participants:title',
      roles: readers,
      component: lazyRouteComponent(
        () => import('./components/participants-page'),
        'ParticipantsPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'participants/$participantId',
      titleKey: 'participants:title',
      roles: readers,
      component: lazyRouteComponent(
        () => import('./components/participant-page'),
        'ParticipantPage',
      ),
    },
  ],
  nav: [
    {
      path: 'participants',
      labelKey: 'participants:nav',
      icon: 'user',
      roles: readers,
      section: 'audiences',
      order: 14,
    },
  ],
});
