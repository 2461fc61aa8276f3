// The directory's texts in each language.
import type { PublicLanguage } from '../../../platform/public-pages';
import { de } from './de';
import { en } from './en';
import { type DirectoryTexts, fr } from './fr';

export const directoryTexts: Record<PublicLanguage, DirectoryTexts> = { fr, en, de };

import { handoverDe } from './handover.de';
import { handoverEn } from './handover.en';
import { type HandoverTexts, handoverFr } from './handover.fr';

export const handoverTexts: Record<PublicLanguage, HandoverTexts> = {
  fr: handoverFr,
  en: handoverEn,
  de: handoverDe,
};
