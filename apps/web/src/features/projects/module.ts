// Projects: territory, partners, funders, target publics, budget lines and status.
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';
import { projectsTranslations } from './i18n';

const readers = ['admin', 'coordinator', 'viewer'] as const;
const planners = ['admin', 'coordinator'] as const;

export const projectsModule = defineFeature({
  id: 'projects',
  translations: projectsTranslations,
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
  nav: [{ path: 'projects', labelKey: 'projects:nav', icon: 'folder', roles: readers, order: 10 }],
});
