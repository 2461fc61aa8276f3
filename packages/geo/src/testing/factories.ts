// Test factories: a commune with sensible defaults, overridable field by field.

import type { Commune } from '../types';

/** Builds a French commune for tests. */
export function buildCommune(overrides: Partial<Commune> = {}): Commune {
  const code = overrides.code ?? overrides.id ?? '48001';
  return {
    id: code,
    country: 'FR',
    code,
    name: 'Commune test',
    departmentCode: '48',
    regionCode: '76',
    epciCode: null,
    postalCodes: [],
    population: 1000,
    populationSource: 'insee-legal',
    location: { lat: 44.5, lon: 3.5 },
    coordinatesSource: 'geonames',
    coordinatesMethod: 'geonames-insee-code',
    areaKm2: null,
    densityClass: null,
    ...overrides,
  };
}
