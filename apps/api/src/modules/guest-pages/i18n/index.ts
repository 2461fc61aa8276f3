// The guest pages' texts in each language.
import type { PublicLanguage } from '../../../platform/public-pages';
import { de } from './de';
import { en } from './en';
import { fr, type GuestPageTexts } from './fr';

export const guestPageTexts: Record<PublicLanguage, GuestPageTexts> = { fr, en, de };
