// The `vocabulary` namespace in English (see fr.ts).
import { en as vocabulary } from '@tutti/contracts/vocabulary/en';
import type { SameKeys } from '../translations';
import type { fr } from './fr';

export const en: SameKeys<typeof fr> = vocabulary;
