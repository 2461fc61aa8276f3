// Participants: minimal records, guardian consent for minors, access needs for those who need them.
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';
import { participantsTranslations } from './i18n';

/** Relays see the participants of their own groups only; viewers never see a participant. */
const readers = ['admin', 'coordinator', 'relay'] as const;

export const participantsModule = defineFeature({
  id: 'participants',
  translations: participantsTranslations,
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
    { path: 'participants', labelKey: 'participants:nav', icon: 'user', roles: readers, order: 14 },
  ],
});
