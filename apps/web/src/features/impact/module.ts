// Impact evaluation: the dashboard of indicators, observation surveys (defined by coordinators,
// filled by relays on a phone, compared before and after) and funder reports.
import { lazyRouteComponent } from '@tanstack/react-router';
import { defineFeature } from '@/lib/features';

const readers = ['admin', 'coordinator', 'viewer'] as const;
const editors = ['admin', 'coordinator'] as const;
const surveyUsers = ['admin', 'coordinator', 'relay', 'viewer'] as const;
const fillers = ['admin', 'coordinator', 'relay'] as const;

export const impactModule = defineFeature({
  id: 'impact',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'impact',
      titleKey: 'impact:title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/impact-page'), 'ImpactPage'),
    },
    {
      scope: 'organisation',
      path: 'surveys',
      titleKey: 'impact:surveys.title',
      roles: surveyUsers,
      component: lazyRouteComponent(() => import('./components/surveys-page'), 'SurveysPage'),
    },
    {
      scope: 'organisation',
      path: 'surveys/new',
      titleKey: 'impact:surveys.new',
      roles: editors,
      component: lazyRouteComponent(() => import('./components/survey-new-page'), 'SurveyNewPage'),
    },
    {
      scope: 'organisation',
      path: 'surveys/$surveyId/fill',
      titleKey: 'impact:surveys.fill',
      roles: fillers,
      component: lazyRouteComponent(
        () => import('./components/survey-fill-page'),
        'SurveyFillPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'surveys/$surveyId/results',
      titleKey: 'impact:surveys.results',
      roles: readers,
      component: lazyRouteComponent(
        () => import('./components/survey-results-page'),
        'SurveyResultsPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'reports',
      titleKey: 'impact:reports.title',
      roles: readers,
      component: lazyRouteComponent(() => import('./components/reports-page'), 'ReportsPage'),
    },
  ],
  nav: [
    { path: 'impact', labelKey: 'impact:nav', icon: 'chart', roles: readers, order: 62 },
    {
      path: 'surveys',
      labelKey: 'impact:surveys.nav',
      icon: 'clipboard-check',
      roles: surveyUsers,
      order: 63,
    },
    {
      path: 'reports',
      labelKey: 'impact:reports.nav',
      icon: 'download',
      roles: readers,
      order: 64,
    },
  ],
});
