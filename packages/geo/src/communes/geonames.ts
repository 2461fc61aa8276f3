// Reader for the GeoNames "cities" dump layout (tab-separated, 19 columns, no header).

/** One populated place of the GeoNames dump (fields used by Tutti). */
export type GeoNamesPlace = {
  geonameId: number;
  name: string;
  lat: number;
  lon: number;
  featureCode: string;
  country: string;
  admin1: string;
  admin2: string;
  admin3: string;
  admin4: string;
  population: number;
  /** Comma-separated alternate names as published (all languages and scripts). */
  alternateNames: string;
};

// Column positions of http://download.geonames.org/export/dump/readme.txt
const COUNTRY_COLUMN = 8;

/**
 * Extracts the places of the given countries from a GeoNames cities dump
 * (`cities500.txt` layout). Only the lines of those countries are split, which keeps the
 * scan of the 32 MB world file short.
 *
 * @example parseGeoNamesCities(text, new Set(['FR', 'BE'])).length
 */
export function parseGeoNamesCities(text: string, countries: ReadonlySet<string>): GeoNamesPlace[] {
  const places: GeoNamesPlace[] = [];
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // Position of the tab that precedes the country column (-1 when the line is short).
    let tab = start - 1;
    for (let column = 0; column < COUNTRY_COLUMN; column++) {
      tab = text.indexOf('\t', tab + 1);
      if (tab === -1 || tab >= end) break;
    }
    if (tab !== -1 && tab < end) {
      const next = text.indexOf('\t', tab + 1);
      const country = text.slice(tab + 1, next === -1 || next > end ? end : next);
      if (countries.has(country)) {
        const place = toPlace(text.slice(start, end).replace(/\r$/, '').split('\t'));
        if (place) places.push(place);
      }
    }
    start = end + 1;
  }
  return places;
}

function toPlace(f: string[]): GeoNamesPlace | null {
  const lat = Number(f[4]);
  const lon = Number(f[5]);
  if (f.length < 15 || !Number.isFinite(lat) || !Number.isFinite(lon)) return null;
  return {
    geonameId: Number(f[0]),
    name: f[1] ?? '',
    lat,
    lon,
    featureCode: f[7] ?? '',
    country: f[8] ?? '',
    admin1: f[10] ?? '',
    admin2: f[11] ?? '',
    admin3: f[12] ?? '',
    admin4: f[13] ?? '',
    population: Number(f[14]) || 0,
    alternateNames: f[3] ?? '',
  };
}

// Administrative seats first; seats of government (PPLG, often a district with no
// population) and sections of places (PPLX) last.
const FEATURE_RANK: Record<string, number> = {
  PPLC: 0,
  PPLA: 1,
  PPLA2: 2,
  PPLA3: 3,
  PPLA4: 4,
  PPLA5: 5,
  PPL: 6,
  PPLL: 7,
  PPLG: 8,
  PPLX: 9,
};

/**
 * Orders candidate places for one municipality: administrative seat first, then the most
 * populous. Returns a negative number when `a` is the better candidate.
 *
 * @example places.sort(comparePlaces)[0]
 */
export function comparePlaces(a: GeoNamesPlace, b: GeoNamesPlace): number {
  const rank = (FEATURE_RANK[a.featureCode] ?? 8) - (FEATURE_RANK[b.featureCode] ?? 8);
  return rank !== 0 ? rank : b.population - a.population;
}
