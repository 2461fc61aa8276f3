// The box office of concerts: the "Billetterie" card of a concert's session page (tariffs, seats
// booked and left, orders and their payments), and its settings page (price cap, HelloAsso).
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

const settingsRoles = rolesWith('boxOfficeSettings.setPriceCap');

export const boxOfficeModule = defineFeature({
  id: 'boxOffice',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'box-office/settings',
      titleKey: 'boxOffice:settings.title',
      roles: settingsRoles,
      component: lazyRouteComponent(
        () => import('./components/box-office-settings-page'),
        'BoxOfficeSettingsPage',
      ),
    },
  ],
  nav: [
    {
      path: 'box-office/settings',
      labelKey: 'boxOffice:settings.nav',
      icon: 'ticket',
      roles: settingsRoles,
      section: 'concerts',
      order: 84,
    },
  ],
});
