// The public pages' shared texts in each language.
import type { PublicLanguage } from '../languages';
import { de } from './de';
import { en } from './en';
import { fr, type PublicLayoutTexts } from './fr';

export const layoutTexts: Record<PublicLanguage, PublicLayoutTexts> = { fr, en, de };
