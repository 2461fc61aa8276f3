// The calls' public texts in each language.
import type { PublicLanguage } from '../../../platform/public-pages';
import { de } from './de';
import { en } from './en';
import { type CallTexts, fr } from './fr';

export const callTexts: Record<PublicLanguage, CallTexts> = { fr, en, de };
