// The box office of concerts: the "Billetterie" card of a concert's session page (tariffs, seats
// booked and left, orders). No page of its own yet.
import { defineFeature } from '@/lib/features';

export const boxOfficeModule = defineFeature({
  id: 'boxOffice',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
});
