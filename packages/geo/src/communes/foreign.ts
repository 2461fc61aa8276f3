// Belgian, German and Luxembourg municipalities derived from GeoNames places.

import { normalizeName } from '../text/normalize';
import type { Commune, CountryCode, NameAlias } from '../types';
import { comparePlaces, type GeoNamesPlace } from './geonames';

export const FOREIGN_COUNTRIES: readonly CountryCode[] = ['BE', 'DE', 'LU'];

type Keyed = { code: string; departmentCode: string | null; regionCode: string | null };

/**
 * The municipality a GeoNames place belongs to. BE: admin4 is the NIS code (province in
 * admin2, region in admin1); DE: admin4 is the 8-digit Gemeindeschlüssel (Kreis in admin3,
 * Land in admin1); LU: canton (admin1) + commune number (admin2).
 */
function municipalityKey(place: GeoNamesPlace): Keyed | null {
  switch (place.country) {
    case 'BE':
      return /^\d{5}$/.test(place.admin4)
        ? {
            code: place.admin4,
            departmentCode: place.admin2 || null,
            regionCode: place.admin1 || null,
          }
        : null;
    case 'DE':
      return /^\d{8}$/.test(place.admin4)
        ? {
            code: place.admin4,
            departmentCode: place.admin3 || null,
            regionCode: place.admin1 || null,
          }
        : null;
    case 'LU':
      return place.admin1 && place.admin2
        ? { code: `${place.admin1}${place.admin2}`, departmentCode: place.admin1, regionCode: null }
        : null;
    default:
      return null;
  }
}

/**
 * Groups GeoNames places of BE/DE/LU by municipality code and keeps the main place of each
 * (administrative seat, else most populous) as the municipality's name, position and
 * population. GeoNames only lists places of 500+ inhabitants or seats, so small German
 * municipalities are missing (see README "Coverage").
 *
 * @example foreignMunicipalities(places).find((m) => m.id === 'BE-21004')?.name // "Brussels"
 */
export function foreignMunicipalities(places: readonly GeoNamesPlace[]): {
  municipalities: Commune[];
  aliases: NameAlias[];
} {
  const groups = new Map<string, { key: Keyed; country: CountryCode; places: GeoNamesPlace[] }>();
  for (const place of places) {
    const country = place.country as CountryCode;
    if (!FOREIGN_COUNTRIES.includes(country)) continue;
    const key = municipalityKey(place);
    if (!key) continue;
    const id = `${country}-${key.code}`;
    const group = groups.get(id);
    if (group) group.places.push(place);
    else groups.set(id, { key, country, places: [place] });
  }
  const municipalities: Commune[] = [];
  const aliases: NameAlias[] = [];
  for (const [id, group] of groups) {
    const main = [...group.places].sort(comparePlaces)[0];
    if (!main) continue;
    for (const name of latinAlternates(main)) aliases.push({ name, communeId: id });
    municipalities.push({
      id,
      country: group.country,
      code: group.key.code,
      name: main.name,
      departmentCode: group.key.departmentCode,
      regionCode: group.key.regionCode,
      epciCode: null,
      postalCodes: [],
      population: main.population,
      populationSource: 'geonames',
      location: { lat: main.lat, lon: main.lon },
      coordinatesSource: 'geonames',
      coordinatesMethod: 'geonames-municipality-code',
      areaKm2: null,
      densityClass: null,
    });
  }
  return { municipalities: municipalities.sort((a, b) => a.id.localeCompare(b.id)), aliases };
}

const LATIN = /^[\p{Script=Latin}\s'’.()-]+$/u;

/**
 * Alternate names in Latin script that differ from the main name once folded, so a French
 * speaker finds "Bruxelles" and "Trèves" and a German speaker "Lüttich".
 */
function latinAlternates(place: GeoNamesPlace): string[] {
  const own = normalizeName(place.name);
  const seen = new Set([own]);
  const names: string[] = [];
  for (const name of place.alternateNames.split(',')) {
    const folded = normalizeName(name);
    if (!LATIN.test(name) || folded.length < 3 || seen.has(folded)) continue;
    seen.add(folded);
    names.push(name);
  }
  return names;
}
