// The journey space's page texts in each language.
import type { PublicLanguage } from '../../../platform/public-pages';
import { de } from './de';
import { en } from './en';
import { fr, type SpaceTexts } from './fr';

export const spaceTexts: Record<PublicLanguage, SpaceTexts> = { fr, en, de };
export type { SpaceTexts };
