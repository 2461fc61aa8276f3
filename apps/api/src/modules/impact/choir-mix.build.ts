// The choirs that sing the scope's concerts, with their intergenerational mix: singers per age
// band as a suppressed table adding up to the suppressed total; "not stated" (`unknown`) for a
// record without an age band, never spread over the others.
import { ageBands, ageCategories, type ImpactIndicators } from '@tutti/contracts';
import type { ChoirConcertMix } from '../choirs';
import { suppressCount, suppressTable } from './suppression';

type AgeCategory = (typeof ageCategories)[number];

const categoryOf = (band: string | null): AgeCategory =>
  band && (ageBands as readonly string[]).includes(band) ? (band as AgeCategory) : 'unknown';

export function buildChoirMix(choirs: readonly ChoirConcertMix[]): ImpactIndicators['choirs'] {
  return choirs.map((choir) => {
    const tally = new Map<AgeCategory, number>();
    for (const { ageBand, singers } of choir.bands) {
      const category = categoryOf(ageBand);
      tally.set(category, (tally.get(category) ?? 0) + singers);
    }
    const total = choir.bands.reduce((sum, band) => sum + band.singers, 0);
    return {
      choirId: choir.choirId,
      name: choir.name,
      concertsHeld: choir.held,
      concertsPlanned: choir.planned,
      singers: suppressCount(total),
      ageBands: suppressTable(
        ageCategories.map((category) => ({ category, count: tally.get(category) ?? 0 })),
      ),
    };
  });
}
