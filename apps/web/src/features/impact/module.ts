// Impact evaluation: the dashboard of indicators, observation surveys (defined by coordinators,
// filled by relays on a phone, compared before and after) and funder reports.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const editors = rolesWith('surveys.edit');
const surveyUsers = rolesWith('surveys.read');
const fillers = rolesWith('surveys.fill');

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
      roles: rolesWith('impact.read'),
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
      roles: rolesWith('surveys.readResults'),
      component: lazyRouteComponent(
        () => import('./components/survey-results-page'),
        'SurveyResultsPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'reports',
      titleKey: 'impact:reports.title',
      roles: rolesWith('reports.read'),
      component: lazyRouteComponent(() => import('./components/reports-page'), 'ReportsPage'),
    },
  ],
  nav: [
    {
      path: 'impact',
      labelKey: 'impact:nav',
      icon: 'chart',
      roles: rolesWith('impact.read'),
      section: 'measure',
      order: 62,
    },
    {
      path: 'surveys',
      labelKey: 'impact:surveys.nav',
      icon: 'clipboard-check',
      roles: surveyUsers,
      section: 'measure',
      order: 63,
    },
    {
      path: 'reports',
      labelKey: 'impact:reports.nav',
      icon: 'download',
      roles: rolesWith('reports.read'),
      section: 'measure',
      order: 64,
    },
  ],
});
