// The journey space: a card on each journey's page where coordinators fill its playlist and
// resources and see what families see. No page of its own.
import { defineFeature } from '@/lib/features';

export const journeySpaceModule = defineFeature({
  id: 'journeySpace',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
});
