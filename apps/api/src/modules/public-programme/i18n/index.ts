// The public programme's texts in each language.
import type { PublicLanguage } from '../../../platform/public-pages';
import { de } from './de';
import { en } from './en';
import { fr, type PublicProgrammeTexts } from './fr';

export const programmeTexts: Record<PublicLanguage, PublicProgrammeTexts> = { fr, en, de };
