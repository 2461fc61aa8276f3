// Building blocks shared by partners, venues and artists: their strings (no page of their own).
import { defineFeature } from '@/lib/features';

export const placesModule = defineFeature({
  id: 'places',
  translations: {
    fr: () => import('./i18n/fr').then((strings) => strings.fr),
    en: () => import('./i18n/en').then((strings) => strings.en),
    de: () => import('./i18n/de').then((strings) => strings.de),
  },
});
