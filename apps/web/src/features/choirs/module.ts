// Choirs. Layout of this feature (two sides, kept in separate files):
// - shared: the choir list (`choirs`), api/choirs.ts (list, one choir), i18n/{fr,en,de}.ts with
//   the common strings; each side's strings live in i18n/<side>/<locale>.ts (one subfolder deep,
//   so that the build puts them in the language's strings chunk).
// - conductor and coordinators: the conductor's page (readiness, alerts, predicted attendance,
//   roster, repertoire), the checking queue, the learning grid, the offline roll call, messages
//   and printed score copies; files named conductor-*, checking-*, learning-grid-*, roll-call-*,
//   message-*, scores-*.
// - singers: their own page and the practice page; files named singer-*, practice-*.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

/** Everyone may sing in a choir: the list shows the choirs the account conducts or sings in. */
const singers = rolesWith('choirs.sing');
const conductors = rolesWith('choirs.read');
const checkers = rolesWith('choirs.check');
const callers = rolesWith('choirs.attend');
const writers = rolesWith('choirs.message');
const lenders = rolesWith('choirs.lend');

export const choirsModule = defineFeature({
  id: 'choirs',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'choirs',
      titleKey: 'choirs:title',
      roles: singers,
      component: lazyRouteComponent(() => import('./components/choirs-page'), 'ChoirsPage'),
    },
    {
      scope: 'organisation',
      path: 'choirs/$choirId',
      titleKey: 'choirs:conductor.title',
      roles: conductors,
      component: lazyRouteComponent(() => import('./components/conductor-page'), 'ConductorPage'),
    },
    {
      scope: 'organisation',
      path: 'choirs/$choirId/checking',
      titleKey: 'choirs:checking.title',
      roles: checkers,
      component: lazyRouteComponent(() => import('./components/checking-page'), 'CheckingPage'),
    },
    {
      scope: 'organisation',
      path: 'choirs/$choirId/learning',
      titleKey: 'choirs:learningGrid.title',
      roles: checkers,
      component: lazyRouteComponent(
        () => import('./components/learning-grid-page'),
        'LearningGridPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'choirs/$choirId/rehearsals',
      titleKey: 'choirs:rollCall.pickTitle',
      roles: callers,
      component: lazyRouteComponent(
        () => import('./components/roll-call-rehearsals-page'),
        'RollCallRehearsalsPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'choirs/$choirId/rehearsals/$rehearsalId',
      titleKey: 'choirs:rollCall.title',
      roles: callers,
      offline: true,
      component: lazyRouteComponent(() => import('./components/roll-call-page'), 'RollCallPage'),
    },
    {
      scope: 'organisation',
      path: 'choirs/$choirId/messages',
      titleKey: 'choirs:message.title',
      roles: writers,
      component: lazyRouteComponent(() => import('./components/message-page'), 'MessagePage'),
    },
    {
      scope: 'organisation',
      path: 'choirs/$choirId/scores',
      titleKey: 'choirs:scores.title',
      roles: lenders,
      component: lazyRouteComponent(() => import('./components/scores-page'), 'ScoresPage'),
    },
    {
      scope: 'organisation',
      path: 'choirs/$choirId/me',
      titleKey: 'choirs:singer.title',
      roles: singers,
      component: lazyRouteComponent(() => import('./components/singer-page'), 'SingerPage'),
    },
    {
      scope: 'organisation',
      path: 'choirs/$choirId/me/pieces/$pieceId',
      titleKey: 'choirs:practice.title',
      roles: singers,
      component: lazyRouteComponent(() => import('./components/practice-page'), 'PracticePage'),
    },
  ],
  nav: [
    {
      path: 'choirs',
      labelKey: 'choirs:nav',
      icon: 'music',
      roles: singers,
      section: 'audiences',
      order: 17,
    },
  ],
});
