// Calendar: week and month views of sessions, session pages with conflicts and moves, calendar feeds.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const everyone = rolesWith('sessions.read');
const planners = rolesWith('sessions.plan');

export const calendarModule = defineFeature({
  id: 'calendar',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'calendar',
      titleKey: 'calendar:title',
      roles: everyone,
      component: lazyRouteComponent(() => import('./components/calendar-page'), 'CalendarPage'),
    },
    {
      scope: 'organisation',
      path: 'calendar/sessions/new',
      titleKey: 'calendar:form.newTitle',
      roles: planners,
      component: lazyRouteComponent(
        () => import('./components/session-new-page'),
        'SessionNewPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'calendar/sessions/$sessionId',
      titleKey: 'calendar:title',
      roles: everyone,
      component: lazyRouteComponent(() => import('./components/session-page'), 'SessionPage'),
    },
    {
      scope: 'organisation',
      path: 'calendar/sessions/$sessionId/edit',
      titleKey: 'calendar:form.editTitle',
      roles: planners,
      component: lazyRouteComponent(
        () => import('./components/session-edit-page'),
        'SessionEditPage',
      ),
    },
    {
      scope: 'organisation',
      path: 'calendar/feeds',
      titleKey: 'calendar:feeds.title',
      roles: rolesWith('calendarFeeds.use'),
      component: lazyRouteComponent(() => import('./components/feeds-page'), 'FeedsPage'),
    },
  ],
  nav: [
    {
      path: 'calendar',
      labelKey: 'calendar:nav',
      icon: 'calendar',
      roles: everyone,
      section: 'today',
      order: 5,
    },
  ],
});
