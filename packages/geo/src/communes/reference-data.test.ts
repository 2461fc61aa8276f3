import { describe, expect, it } from 'vitest';
import { haversineKm } from '../distance/haversine';
import { buildCommuneSearch } from '../search/commune-search';
import { OVERSEAS_COMMUNE_VILLAGES } from './coordinates';
import { coverageStats, resolveCommune } from './dataset';
import { loadCommuneDataset } from './load.node.js';

// The real reference packages, loaded once (about a second).
const { dataset } = loadCommuneDataset();
const search = buildCommuneSearch(dataset.communes, dataset.aliases);
const names = (query: string) => search.search(query).map((m) => m.commune.name);

describe('reference data from @etalab/decoupage-administratif and GeoNames', () => {
  it('keeps every current commune: 34,969, of which 6 uninhabited ones cannot be placed', () => {
    const french = dataset.communes.filter((c) => c.country === 'FR');
    expect(french.length + dataset.unlocated.length).toBe(34_969);
    expect(dataset.unlocated.every((u) => u.population === 0)).toBe(true);
  });

  it('places Saint-Étienne within 2 km of its centre, in its EPCI and department', () => {
    const stEtienne = dataset.byId.get('42218');
    expect(stEtienne).toMatchObject({
      name: 'Saint-Étienne',
      departmentCode: '42',
      epciCode: '244200770',
    });
    expect(
      haversineKm(stEtienne?.location ?? { lat: 0, lon: 0 }, { lat: 45.434, lon: 4.39 }),
    ).toBeLessThan(2);
  });

  it('puts every metropolitan commune inside metropolitan France', () => {
    const metro = dataset.communes.filter(
      (c) => c.country === 'FR' && !c.code.startsWith('97') && !c.code.startsWith('98'),
    );
    const outside = metro.filter(
      (c) =>
        c.location.lat < 41.3 ||
        c.location.lat > 51.2 ||
        c.location.lon < -5.3 ||
        c.location.lon > 9.7,
    );
    expect(outside.map((c) => c.id)).toEqual([]);
  });

  it('places every commune of the departments from the official boundaries but the 7 restored since', () => {
    const collectivities = ['975', '977', '978', '984', '986', '987', '988', '989'];
    const inDepartments = dataset.communes.filter(
      (c) => c.country === 'FR' && !collectivities.includes(c.departmentCode ?? ''),
    );
    const notOfficial = inDepartments.filter((c) => c.coordinatesSource !== 'official');
    expect(inDepartments.length - notOfficial.length).toBe(34_868);
    expect(notOfficial.map((c) => c.id)).toEqual([
      '14666',
      '15031',
      '15035',
      '15047',
      '15171',
      '85165',
      '85212',
    ]);
    // Restored communes that GeoNames lists under their own name take its position.
    expect(dataset.byId.get('14666')).toMatchObject({
      coordinatesSource: 'geonames',
      coordinatesMethod: 'geonames-name-department',
    });
    const fr = coverageStats(dataset).find((s) => s.country === 'FR');
    // Still approximate: 5 restored villages of under 1,300 inhabitants that cities500 lacks,
    // and 28 overseas communes (atolls, small islands) with no place in it.
    const approximate = dataset.communes.filter(
      (c) => c.country === 'FR' && c.coordinatesSource === 'approximate',
    );
    expect(
      approximate.filter((c) => !collectivities.includes(c.departmentCode ?? '')),
    ).toHaveLength(5);
    expect(fr?.approximate).toBe(33);
    expect(fr?.byMethod['official-seat-interior']).toBe(316);
  });

  it('places overseas collectivities by the INSEE code GeoNames gives, or by a village of the commune', () => {
    // New Caledonia carries the code in admin2, Wallis and Futuna and Saint-Pierre in admin1.
    expect(dataset.byId.get('98814')).toMatchObject({ coordinatesMethod: 'geonames-insee-code' });
    expect(dataset.byId.get('98612')).toMatchObject({ coordinatesMethod: 'geonames-insee-code' });
    expect(dataset.byId.get('97501')).toMatchObject({ coordinatesMethod: 'geonames-insee-code' });
    // Every village named in the table exists in the dump and places its commune.
    for (const code of Object.keys(OVERSEAS_COMMUNE_VILLAGES)) {
      expect(dataset.byId.get(code)?.coordinatesMethod, code).toBe('geonames-commune-village');
    }
    // Bora-Bora at Vaitape, not at the mean of French Polynesia's places (Tahiti).
    const boraBora = dataset.byId.get('98714')?.location;
    expect(boraBora?.lat).toBeCloseTo(-16.5, 1);
    expect(boraBora?.lon).toBeCloseTo(-151.75, 1);
  });

  it('covers Belgian, German and Luxembourg municipalities', () => {
    const count = (country: string) => dataset.communes.filter((c) => c.country === country).length;
    expect(count('BE')).toBeGreaterThan(570);
    expect(count('DE')).toBeGreaterThan(9000);
    expect(count('LU')).toBeGreaterThan(95);
    expect(dataset.byId.get('DE-07211000')?.name).toBe('Trier');
  });

  it('maps Paris arrondissement codes to Paris', () => {
    expect(resolveCommune(dataset, '75115')?.name).toBe('Paris');
  });
});

describe('commune search on the real data', () => {
  it('finds Saint-Étienne first for "saint etienne", "St-Etienne" and "SAINT-ÉTIENNE"', () => {
    for (const q of ['saint etienne', 'St-Etienne', 'SAINT-ÉTIENNE', 'st etienne']) {
      expect(search.search(q)[0]?.commune.id).toBe('42218');
    }
  });

  it('gives the same answer for "Évry" and "evry": the exact name first, then by population', () => {
    expect(names('Évry')).toEqual(names('evry'));
    expect(names('evry').slice(0, 3)).toEqual([
      'Évry',
      'Évry-Courcouronnes',
      'Évry-Grégy-sur-Yerre',
    ]);
  });

  it('lists every commune of a shared postal code, most populous first', () => {
    const served = search.byPostalCode('01400');
    expect(served.length).toBeGreaterThan(5);
    expect(served[0]?.name).toBe('Châtillon-sur-Chalaronne');
    const populations = served.map((c) => c.population);
    expect(populations).toEqual([...populations].sort((a, b) => b - a));
    expect(search.search('01400', { limit: 50 }).map((m) => m.commune.id)).toEqual(
      expect.arrayContaining(served.map((c) => c.id)),
    );
  });

  it('handles elisions, arrondissements and foreign names', () => {
    expect(names('lisle adam')[0]).toBe("L'Isle-Adam");
    expect(names("l'isle-adam")[0]).toBe("L'Isle-Adam");
    expect(names('paris 15')[0]).toBe('Paris');
    expect(names('bruxelles')[0]).toBe('Brussels');
    expect(names('treves')).toContain('Trier');
    expect(search.search('2A004')[0]?.commune.name).toBe('Ajaccio');
  });

  it('narrows a name by postal code', () => {
    expect(search.search('42000 saint').map((m) => m.commune.id)).toEqual(['42218']);
  });
});
