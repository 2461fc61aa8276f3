// Strings of imports and exports: the upload, the preview and its line-by-line report, the apply.
import { defineTranslations } from '@/lib/i18n/translations';
import { de } from './de';
import { en } from './en';
import { fr } from './fr';

export const importsTranslations = defineTranslations({ fr, en, de });

declare module 'i18next' {
  interface ResourceNamespaceMap {
    imports: typeof importsTranslations.fr;
  }
}
