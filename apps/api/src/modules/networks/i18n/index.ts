// The networks' public texts in each language.
import type { PublicLanguage } from '../../../platform/public-pages';
import { de } from './de';
import { en } from './en';
import { fr, type NetworkTexts } from './fr';

export const networkTexts: Record<PublicLanguage, NetworkTexts> = { fr, en, de };
