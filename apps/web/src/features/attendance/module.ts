// Attendance: the artist's day offline, a session's attendance, the follow-up and its conflicts.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const artists = rolesWith('attendance.ownDay');
const followers = rolesWith('attendance.follow');
const managers = rolesWith('attendance.manage');

export const attendanceModule = defineFeature({
  id: 'attendance',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'my-day',
      titleKey: 'attendance:myDayTitle',
      roles: artists,
      offline: true,
      component: lazyRouteComponent(() => import('./components/my-day-page'), 'MyDayPage'),
    },
    {
      scope: 'organisation',
      path: 'attendance',
      titleKey: 'attendance:title',
      roles: followers,
      component: lazyRouteComponent(() => import('./components/attendance-page'), 'AttendancePage'),
    },
    {
      scope: 'organisation',
      path: 'attendance/conflicts',
      titleKey: 'attendance:conflictsTitle',
      roles: managers,
      component: lazyRouteComponent(() => import('./components/conflicts-page'), 'ConflictsPage'),
    },
    {
      scope: 'organisation',
      path: 'attendance/$sessionId',
      titleKey: 'attendance:title',
      roles: managers,
      offline: true,
      component: lazyRouteComponent(
        () => import('./components/session-attendance-page'),
        'SessionAttendancePage',
      ),
    },
  ],
  nav: [
    {
      path: 'my-day',
      labelKey: 'attendance:myDayNav',
      icon: 'sun',
      roles: artists,
      section: 'today',
      order: 2,
    },
    {
      path: 'attendance',
      labelKey: 'attendance:nav',
      icon: 'clipboard-check',
      roles: followers,
      section: 'audiences',
      order: 16,
    },
  ],
});
