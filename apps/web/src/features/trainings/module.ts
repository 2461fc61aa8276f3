// Trainings for relay persons and artists: the organisation's trainings offered to a network,
// a training's people and certificates, and its half-day sign-in taken on a phone, offline.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const readers = rolesWith('trainings.read');

export const trainingsModule = defineFeature({
  id: 'trainings',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'formations',
      titleKey: 'trainings:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/trainings-page'), 'TrainingsPage'),
    },
    {
      scope: 'organisation',
      path: 'formations/$trainingId',
      titleKey: 'trainings:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/training-page'), 'TrainingPage'),
    },
    {
      scope: 'organisation',
      path: 'formations/$trainingId/emargement',
      titleKey: 'trainings:signIn.title',
      roles: rolesWith('trainings.sign'),
      offline: true,
      component: lazyRouteComponent(() => import('./components/sign-in-page'), 'SignInPage'),
    },
  ],
  nav: [
    {
      path: 'formations',
      labelKey: 'trainings:nav',
      icon: 'users',
      roles: readers,
      section: 'network',
      order: 96,
    },
  ],
});
