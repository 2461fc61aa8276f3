// A concert's door on a phone: the list downloaded before the concert, QR codes scanned with the
// camera or a photo, names searched, whole orders or some of their seats let in, people without a
// ticket counted and "how did you come?" asked; everything works offline through the operation log.
import { lazyRouteComponent } from '@tanstack/react-router';
import { rolesWith } from '@tutti/contracts';
import { defineFeature } from '@/lib/features';

export const doorModule = defineFeature({
  id: 'door',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
  pages: [
    {
      scope: 'organisation',
      path: 'concerts/$concertId/door',
      titleKey: 'door:title',
      roles: rolesWith('concerts.checkIn'),
      offline: true,
      component: lazyRouteComponent(() => import('./components/door-page'), 'DoorPage'),
    },
  ],
});
