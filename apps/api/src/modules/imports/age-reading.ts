// Reading an age band from what class lists hold: a band, an age, or a birth date (never kept).
import { type AgeBand, ageBands } from '@tutti/contracts';
import { type CellValue, type DateRepair, foldHeader, readDate } from '../../platform/tabular';

const BAND_FLOORS: [number, AgeBand][] = [
  [65, '65+'],
  [26, '26-64'],
  [18, '18-25'],
  [15, '15-17'],
  [11, '11-14'],
  [6, '6-10'],
  [3, '3-5'],
  [0, '0-2'],
];

function bandOfAge(age: number): AgeBand | null {
  if (!Number.isInteger(age) || age < 0 || age > 120) return null;
  return BAND_FLOORS.find(([floor]) => age >= floor)![1];
}

function ageOn(birthDate: string, today: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = today.split('-').map(Number) as [number, number, number];
  return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
}

type AgeReading =
  | { band: AgeBand; repairs?: DateRepair[] }
  | { problem: 'invalidDate' | 'futureDate' | 'invalidChoice' };

/**
 * A birth date gives its band on `today`, with how the date was read when that took a choice
 * (day before month, a two-digit year); the date itself goes no further.
 */
export function bandOfBirthDate(cell: CellValue, today: string): AgeReading {
  const reading = readDate(cell, new Date(`${today}T12:00:00Z`));
  if (!reading) return { problem: 'invalidDate' };
  if (reading.date > today) return { problem: 'futureDate' };
  const band = bandOfAge(ageOn(reading.date, today));
  return band ? { band, repairs: reading.repairs } : { problem: 'invalidDate' };
}

/** "6-10", "6 à 10 ans", "65 ans et plus", an age ("8", "8 ans"), or a date of birth. */
export function readAge(cell: CellValue, today: string): AgeReading {
  if (cell instanceof Date) return bandOfBirthDate(cell, today);
  if (typeof cell === 'number') {
    const band = bandOfAge(cell);
    return band ? { band } : { problem: 'invalidChoice' };
  }
  const words = foldHeader(String(cell))
    .replace(/\b(ans?|years?|jahre)\b/g, '')
    .trim();
  const plus = /^(\d+) ?(\+|et plus|plus|and over|und alter)$/.exec(words.replace(/\s+/g, ' '));
  if (plus) return plus[1] === '65' ? { band: '65+' } : { problem: 'invalidChoice' };
  const range = /^(\d+) (?:a |to |bis )?(\d+)$/.exec(words);
  const band = range ? `${range[1]}-${range[2]}` : null;
  if (band && (ageBands as readonly string[]).includes(band)) return { band: band as AgeBand };
  if (/^\d+$/.test(words)) {
    const byAge = bandOfAge(Number(words));
    return byAge ? { band: byAge } : { problem: 'invalidChoice' };
  }
  return /\d[/.-]\d/.test(String(cell))
    ? bandOfBirthDate(cell, today)
    : { problem: 'invalidChoice' };
}
