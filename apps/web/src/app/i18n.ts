// Starts the translations: the shared strings, the domain vocabulary and every feature's, one
// namespace each, downloaded in the visitor's language only.
import { initI18n } from '@/lib/i18n/setup';
import type { TranslationLoaders } from '@/lib/i18n/translations';
import { featureModules } from './features';

const commonTranslations: TranslationLoaders = {
  fr: () => import('@/lib/i18n/common/fr').then((strings) => strings.fr),
  en: () => import('@/lib/i18n/common/en').then((strings) => strings.en),
  de: () => import('@/lib/i18n/common/de').then((strings) => strings.de),
};

const vocabularyTranslations: TranslationLoaders = {
  fr: () => import('@/lib/i18n/vocabulary/fr').then((strings) => strings.fr),
  en: () => import('@/lib/i18n/vocabulary/en').then((strings) => strings.en),
  de: () => import('@/lib/i18n/vocabulary/de').then((strings) => strings.de),
};

/** Every namespace and its loaders: `common`, `vocabulary` and one per feature, named by its id. */
export function translationNamespaces(): Record<string, TranslationLoaders> {
  return {
    common: commonTranslations,
    vocabulary: vocabularyTranslations,
    ...Object.fromEntries(featureModules.map((module) => [module.id, module.translations])),
  };
}

export function startI18n() {
  return initI18n(translationNamespaces());
}
