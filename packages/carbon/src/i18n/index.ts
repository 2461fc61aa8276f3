// The carbon model's strings in Tutti's three languages, for the web app to merge.
import { de } from './de';
import { type CarbonMessages, en } from './en';
import { fr } from './fr';

export type { CarbonMessages };
export { de, en, fr };

/** All languages, French first. */
export const CARBON_MESSAGES: Readonly<Record<'fr' | 'en' | 'de', CarbonMessages>> = { fr, en, de };
