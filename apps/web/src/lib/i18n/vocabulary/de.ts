// The `vocabulary` namespace in German (see fr.ts).
import { de as vocabulary } from '@tutti/contracts/vocabulary/de';
import type { SameKeys } from '../translations';
import type { fr } from './fr';

export const de: SameKeys<typeof fr> = vocabulary;
