// Musical journeys: templates of ordered steps, and journeys instantiated for a group as sessions.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const readers = rolesWith('journeys.browse');
const planners = rolesWith('journeys.plan');

export const journeysModule = defineFeature({
  id: 'journeys',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'journeys',
      titleKey: 'journeys:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/journeys-page'), 'JourneysPage'),
    },
    {
      scope: 'organisation',
      path: 'journeys/new',
      titleKey: 'journeys:create.title',
      roles: planners,
      component: lazyRouteComponent(
        () => import('./components/journey-new-page'),
        'JourneyNewPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'journeys/$journeyId',
      titleKey: 'journeys:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/journey-page'), 'JourneyPage'),
    },
    {
      scope: 'organisation',
      path: 'journeys/templates',
      titleKey: 'journeys:templates.title',
      roles: planners,
      component: lazyRouteComponent(() => import('./components/templates-page'), 'TemplatesPage'),
    },
    {
      scope: 'organisation',
      path: 'journeys/templates/new',
      titleKey: 'journeys:template.newTitle',
      roles: planners,
      component: lazyRouteComponent(() => import('./components/template-page'), 'TemplateNewPage'),
    },
    {
      scope: 'organisation',
      path: 'journeys/templates/$templateId',
      titleKey: 'journeys:templates.title',
      roles: planners,
      component: lazyRouteComponent(() => import('./components/template-page'), 'TemplatePage'),
    },
  ],
  nav: [
    {
      path: 'journeys',
      labelKey: 'journeys:nav',
      icon: 'route',
      roles: readers,
      section: 'programme',
      order: 12,
    },
  ],
});
