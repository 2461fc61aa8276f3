// The directory of amateur practice: the listings, their moderation and confirmation, the
// requests for support, and what suits a group at the end of its journey.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const readers = rolesWith('directory.read');
const managers = rolesWith('directory.manage');
/** Introducing needs the group's participants and the directory's listings too. */
const introducers = rolesWith('directory.introduce').filter(
  (role) => readers.includes(role) && rolesWith('participants.read').includes(role),
);

export const directoryModule = defineFeature({
  id: 'directory',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'ensembles',
      titleKey: 'directory:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/ensembles-page'), 'EnsemblesPage'),
    },
    {
      scope: 'organisation',
      path: 'ensembles/for-group',
      titleKey: 'directory:forGroup.title',
      roles: readers,
      component: lazyRouteComponent(
        () => import('./components/group-matches-page'),
        'GroupMatchesPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'ensembles/new',
      titleKey: 'directory:form.newTitle',
      roles: managers,
      component: lazyRouteComponent(
        () => import('./components/ensemble-edit-page'),
        'EnsembleEditPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'ensembles/introductions',
      titleKey: 'directory:introductions.title',
      roles: introducers,
      component: lazyRouteComponent(
        () => import('./components/introductions-page'),
        'IntroductionsPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'ensembles/introduce',
      titleKey: 'directory:introduce.title',
      roles: introducers,
      component: lazyRouteComponent(() => import('./components/introduce-page'), 'IntroducePage'),
    },
    {
      scope: 'organisation',
      path: 'ensembles/$ensembleId',
      titleKey: 'directory:form.editTitle',
      roles: managers,
      component: lazyRouteComponent(
        () => import('./components/ensemble-edit-page'),
        'EnsembleEditPage',
      ),
    },
  ],
  nav: [
    {
      path: 'ensembles',
      labelKey: 'directory:nav',
      icon: 'music',
      roles: readers,
      section: 'audiences',
      order: 56,
    },
  ],
});
