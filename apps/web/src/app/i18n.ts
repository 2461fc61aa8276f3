// Starts the translations: the shared strings plus every feature's, one namespace each.
import { commonTranslations } from '@/lib/i18n/common';
import { initI18n } from '@/lib/i18n/setup';
import { featureModules } from './features';

export function startI18n() {
  return initI18n({
    common: commonTranslations,
    ...Object.fromEntries(featureModules.map((module) => [module.id, module.translations])),
  });
}
