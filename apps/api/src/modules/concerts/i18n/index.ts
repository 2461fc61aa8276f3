// A concert's public texts in each language.
import type { PublicLanguage } from '../../../platform/public-pages';
import { de } from './de';
import { en } from './en';
import { type ConcertTexts, fr } from './fr';

export const concertTexts: Record<PublicLanguage, ConcertTexts> = { fr, en, de };
export type { ConcertTexts };
