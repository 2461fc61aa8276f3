// Joins GeoNames places to French communes: by INSEE code, former code, then name.

import { normalizeName } from '../text/normalize';
import type { CoordinatesMethod, LatLon } from '../types';
import type { FrenchCommuneBase } from './decoupage';
import { comparePlaces, type GeoNamesPlace } from './geonames';

/** GeoNames country codes of French overseas departments and territories → INSEE department. */
export const OVERSEAS_COUNTRY_TO_DEPARTMENT: Readonly<Record<string, string>> = {
  GP: '971',
  MQ: '972',
  GF: '973',
  RE: '974',
  PM: '975',
  YT: '976',
  BL: '977',
  MF: '978',
  WF: '986',
  PF: '987',
  NC: '988',
};

/** GeoNames countries whose places can carry INSEE codes. */
export const FRENCH_GEONAMES_COUNTRIES: readonly string[] = [
  'FR',
  ...Object.keys(OVERSEAS_COUNTRY_TO_DEPARTMENT),
];

export type Located = { location: LatLon; method: CoordinatesMethod };

const INSEE_CODE = /^(\d{5}|2[AB]\d{3})$/;

type Candidate = { place: GeoNamesPlace; direct: boolean; sameName: boolean };

function better(a: Candidate, b: Candidate): boolean {
  if (a.direct !== b.direct) return a.direct;
  if (a.sameName !== b.sameName) return a.sameName;
  return comparePlaces(a.place, b.place) < 0;
}

const FRENCH_COUNTRIES = new Set(FRENCH_GEONAMES_COUNTRIES);

/**
 * The INSEE code a GeoNames place carries: admin4 in France; in the overseas collectivities
 * whichever admin level holds a code of the territory (admin1 in Saint-Pierre-et-Miquelon and
 * Wallis and Futuna, admin2 in New Caledonia). Only French countries are read, so German Kreis
 * codes, which look alike, never count.
 */
function inseeCodeOf(place: GeoNamesPlace): string | null {
  if (INSEE_CODE.test(place.admin4)) return place.admin4;
  const department = OVERSEAS_COUNTRY_TO_DEPARTMENT[place.country];
  if (!department) return null;
  for (const code of [place.admin1, place.admin2, place.admin3]) {
    if (INSEE_CODE.test(code) && code.startsWith(department)) return code;
  }
  return null;
}

function departmentOf(place: GeoNamesPlace): string {
  return OVERSEAS_COUNTRY_TO_DEPARTMENT[place.country] ?? place.admin2;
}

/**
 * Finds a GeoNames position for as many communes as possible. A place whose code is a
 * current commune wins; a place of a former commune (merged since) is used for its
 * successor; places without a usable code are matched on normalised name + department.
 *
 * @example locateFromGeoNames(communes, places, successors).get('42218')?.method // "geonames-insee-code"
 */
export function locateFromGeoNames(
  communes: readonly FrenchCommuneBase[],
  places: readonly GeoNamesPlace[],
  successorCodes: ReadonlyMap<string, string>,
): Map<string, Located> {
  const byCode = new Map(communes.map((c) => [c.code, c]));
  const best = new Map<string, Candidate>();
  const french = places.filter((place) => FRENCH_COUNTRIES.has(place.country));
  for (const place of french) {
    const code = inseeCodeOf(place);
    const current = code && byCode.has(code) ? code : code ? successorCodes.get(code) : undefined;
    const commune = current ? byCode.get(current) : undefined;
    if (!commune) continue;
    const candidate: Candidate = {
      place,
      direct: current === code,
      sameName: normalizeName(place.name) === normalizeName(commune.name),
    };
    const previous = best.get(commune.code);
    if (!previous || better(candidate, previous)) best.set(commune.code, candidate);
  }
  const located = new Map<string, Located>();
  for (const [code, c] of best) {
    located.set(code, {
      location: { lat: c.place.lat, lon: c.place.lon },
      method: c.direct ? 'geonames-insee-code' : 'geonames-former-commune',
    });
  }
  // Every place takes part, coded or not: a commune restored since GeoNames coded its village
  // (Sannerville, still coded as part of Troarn) is found under its own name.
  matchByName(communes, french, located);
  matchSeats(communes, french, located);
  return located;
}

function matchByName(
  communes: readonly FrenchCommuneBase[],
  places: readonly GeoNamesPlace[],
  located: Map<string, Located>,
): void {
  const byKey = new Map<string, GeoNamesPlace[]>();
  for (const place of places) {
    const key = `${departmentOf(place)}|${normalizeName(place.name)}`;
    byKey.set(key, [...(byKey.get(key) ?? []), place]);
  }
  const homonyms = new Map<string, number>();
  for (const c of communes) {
    const key = `${c.departmentCode}|${normalizeName(c.name)}`;
    homonyms.set(key, (homonyms.get(key) ?? 0) + 1);
  }
  for (const c of communes) {
    if (located.has(c.code)) continue;
    const key = `${c.departmentCode}|${normalizeName(c.name)}`;
    // Two communes of one department with the same name cannot be told apart by name.
    if (homonyms.get(key) !== 1) continue;
    const place = byKey.get(key)?.sort(comparePlaces)[0];
    if (place) {
      located.set(c.code, {
        location: { lat: place.lat, lon: place.lon },
        method: 'geonames-name-department',
      });
    }
  }
}

/**
 * Places GeoNames knows in overseas communes whose name is not the commune's (an island
 * commune named after the island, its seat a village): the seat where GeoNames lists it,
 * else another village of the commune. Facts from the communes' descriptions; every name here
 * is checked against the dump by the tests.
 */
export const OVERSEAS_COMMUNE_VILLAGES: Readonly<Record<string, string>> = {
  '97701': 'Gustavia', // Saint-Barthélemy
  '97801': 'Marigot', // Saint-Martin
  '98714': 'Vaitape', // Bora-Bora
  '98719': 'Rikitea', // Gambier
  '98722': 'Hitiaa', // Hitiaa O Te Ra
  '98723': 'Atuona', // Hiva-Oa
  '98724': 'Fare', // Huahine
  '98729': 'Afareaitu', // Moorea-Maiao
  '98731': 'Taiohae', // Nuku-Hiva
  '98742': 'Tapuarava', // Reao
  '98744': 'Moerai', // Rurutu
  '98747': 'Afaahiti', // Taiarapu-Est
  '98748': 'Vairao', // Taiarapu-Ouest
  '98750': 'Avera', // Taputapuatea
  '98753': 'Mataura', // Tubuai
  '98754': 'Tevaitoa', // Tumaraa
  '98832': 'Yaté-Barrage', // Yaté
};

function matchSeats(
  communes: readonly FrenchCommuneBase[],
  places: readonly GeoNamesPlace[],
  located: Map<string, Located>,
): void {
  for (const c of communes) {
    const village = OVERSEAS_COMMUNE_VILLAGES[c.code];
    if (!village || located.has(c.code)) continue;
    const place = places.find((p) => departmentOf(p) === c.departmentCode && p.name === village);
    if (place) {
      located.set(c.code, {
        location: { lat: place.lat, lon: place.lon },
        method: 'geonames-commune-village',
      });
    }
  }
}
