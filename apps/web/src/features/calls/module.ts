// Calls for applications with juries: the coordinators' and chair's calls, the jurors' blind
// queue and scoring (made for phones). Applicants apply on the API's light page /p/_/candidature.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const staff = rolesWith('calls.read');
// Admins hold calls.judge like coordinators, but are never seated on a jury: no menu entry.
const judges = rolesWith('calls.judge').filter((role) => role !== 'admin');
const jury = lazyRouteComponent(() => import('./components/jury-page'), 'JuryPage');

export const callsModule = defineFeature({
  id: 'calls',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'calls',
      titleKey: 'calls:title',
      roles: staff,
      component: lazyRouteComponent(() => import('./components/calls-page'), 'CallsPage'),
    },
    {
      scope: 'organisation',
      path: 'calls/$callId',
      titleKey: 'calls:title',
      roles: staff,
      component: lazyRouteComponent(() => import('./components/call-page'), 'CallPage'),
    },
    {
      scope: 'organisation',
      path: 'calls/$callId/form',
      titleKey: 'calls:editor.title',
      roles: staff,
      component: lazyRouteComponent(() => import('./components/call-form-page'), 'CallFormPage'),
    },
    {
      scope: 'organisation',
      path: 'calls/$callId/applications/$applicationId',
      titleKey: 'calls:applications.title',
      roles: staff,
      component: lazyRouteComponent(
        () => import('./components/application-page'),
        'ApplicationPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'jury',
      titleKey: 'calls:jury.title',
      roles: judges,
      component: jury,
    },
    {
      scope: 'organisation',
      path: 'jury/$callId',
      titleKey: 'calls:jury.title',
      roles: judges,
      component: jury,
    },
    {
      scope: 'organisation',
      path: 'jury/$callId/$applicationId',
      titleKey: 'calls:jury.title',
      roles: judges,
      component: lazyRouteComponent(
        () => import('./components/jury-application-page'),
        'JuryApplicationPage',
      ),
    },
  ],
  nav: [
    {
      path: 'calls',
      labelKey: 'calls:nav',
      icon: 'clipboard-check',
      roles: staff,
      section: 'concerts',
      order: 57,
    },
    // Coordinators may sit on a jury too.
    {
      path: 'jury',
      labelKey: 'calls:juryNav',
      icon: 'play',
      roles: judges,
      section: 'concerts',
      order: 58,
    },
  ],
});
