// Building blocks shared by partners, venues and artists: their strings (no page of their own).
import { defineFeature } from '@/lib/features';
import { placesTranslations } from './i18n';

export const placesModule = defineFeature({ id: 'places', translations: placesTranslations });
