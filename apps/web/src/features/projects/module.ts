// Projects: territory, partners, funders, target publics, budget lines and status.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const readers = rolesWith('projects.browse');
const planners = rolesWith('projects.plan');

export const projectsModule = defineFeature({
  id: 'projects',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'projects',
      titleKey: 'projects:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/projects-page'), 'ProjectsPage'),
    },
    {
      scope: 'organisation',
      path: 'projects/new',
      titleKey: 'projects:newTitle',
      roles: planners,
      component: lazyRouteComponent(
        () => import('./components/project-new-page'),
        'ProjectNewPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'projects/$projectId',
      titleKey: 'projects:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/project-page'), 'ProjectPage'),
    },
    {
      scope: 'organisation',
      path: 'projects/$projectId/edit',
      titleKey: 'projects:detail.edit',
      roles: planners,
      component: lazyRouteComponent(
        () => import('./components/project-edit-page'),
        'ProjectEditPage',
      ),
    },
  ],
  nav: [
    {
      path: 'projects',
      labelKey: 'projects:nav',
      icon: 'folder',
      roles: readers,
      section: 'programme',
      order: 10,
    },
  ],
});
