import { describe, expect, it } from 'vitest';
import { applyCommuneCentres, applyDensityGrid, placeFacilities } from '../import/apply';
import { parseCommuneCentres } from '../import/commune-centres';
import { parseDensityGrid } from '../import/density-grid';
import { parseFacilities } from '../import/facilities';
import { applyOverlay, buildOverlay } from '../import/overlay';
import { buildCommuneDataset, coverageStats, resolveCommune } from './dataset';
import type { DecoupageData } from './decoupage';

// A tiny reference in the decoupage-administratif shapes, and GeoNames lines in the dump layout.
const decoupage: DecoupageData = {
  communes: [
    {
      code: '48001',
      nom: 'Alpha',
      type: 'commune-actuelle',
      departement: '48',
      region: '76',
      codesPostaux: ['48100'],
      population: 900,
      anciensCodes: ['48050'],
    },
    {
      code: '48002',
      nom: 'Bêta',
      type: 'commune-actuelle',
      departement: '48',
      region: '76',
      codesPostaux: ['48100'],
      population: 300,
    },
    {
      code: '48003',
      nom: 'Gamma',
      type: 'commune-actuelle',
      departement: '48',
      region: '76',
      codesPostaux: ['48100'],
      population: 120,
    },
    {
      code: '48004',
      nom: 'Delta',
      type: 'commune-actuelle',
      departement: '48',
      region: '76',
      codesPostaux: ['48200'],
      population: 80,
    },
    {
      code: '48005',
      nom: 'Epsilon',
      type: 'commune-actuelle',
      departement: '48',
      region: '76',
      codesPostaux: ['48300'],
      population: 50,
    },
    {
      code: '48050',
      nom: 'Ancienne',
      type: 'commune-deleguee',
      departement: '48',
      region: '76',
      chefLieu: '48001',
    },
    {
      code: '75056',
      nom: 'Paris',
      type: 'commune-actuelle',
      departement: '75',
      region: '11',
      codesPostaux: ['75015'],
      population: 2_000_000,
    },
    {
      code: '75115',
      nom: 'Paris 15e Arrondissement',
      type: 'arrondissement-municipal',
      departement: '75',
      region: '11',
      commune: '75056',
      codesPostaux: ['75015'],
    },
  ],
  epci: [
    {
      code: '200000001',
      nom: 'CC Test',
      type: 'CC',
      membres: [{ code: '48001' }, { code: '48002' }, { code: '48004' }],
    },
  ],
  departements: [
    { code: '48', nom: 'Lozère', region: '76' },
    { code: '75', nom: 'Paris', region: '11' },
  ],
  regions: [
    { code: '76', nom: 'Occitanie' },
    { code: '11', nom: 'Île-de-France' },
  ],
};
const line = (
  id: number,
  name: string,
  lat: number,
  lon: number,
  feature: string,
  country: string,
  admin: string[],
  population: number,
  alternates = '',
) =>
  [
    id,
    name,
    name,
    alternates,
    lat,
    lon,
    'P',
    feature,
    country,
    '',
    ...admin,
    population,
    '',
    500,
    'Europe/Paris',
    '2024-01-01',
  ].join('\t');
const geonamesText = [
  line(1, 'Alpha', 44.6, 3.4, 'PPL', 'FR', ['76', '48', '481', '48001'], 900),
  line(2, 'Bêta', 44.8, 3.6, 'PPL', 'FR', ['76', '48', '481', '48002'], 300),
  // A hamlet of the former commune 48050, now part of Alpha: used only if Alpha had no place.
  line(3, 'Ancienne', 44.62, 3.41, 'PPL', 'FR', ['76', '48', '481', '48050'], 600),
  line(4, 'Paris', 48.8534, 2.3488, 'PPLC', 'FR', ['11', '75', '751', '75056'], 2_000_000),
  // German Kreis codes look like INSEE codes in admin3: they must not locate French communes.
  line(5, 'Flensburg', 54.78, 9.43, 'PPLA3', 'DE', ['10', '00', '48003', '48003000'], 89_000),
  line(
    6,
    'Brussels',
    50.85,
    4.35,
    'PPLC',
    'BE',
    ['BRU', 'BRU', '21', '21004'],
    1_019_022,
    'Bruxelles,Brussel,Брюссель',
  ),
].join('\n');

const dataset = buildCommuneDataset({ decoupage, geonamesText });

describe('buildCommuneDataset', () => {
  it('locates communes by INSEE code and flags the others as approximate', () => {
    const alpha = dataset.byId.get('48001');
    expect(alpha?.location).toEqual({ lat: 44.6, lon: 3.4 });
    expect(alpha?.coordinatesMethod).toBe('geonames-insee-code');
    expect(alpha?.epciCode).toBe('200000001');
  });

  it('places a commune at the mean of located communes sharing its postal code', () => {
    // Gamma (48100) → mean of Alpha (44.6, 3.4) and Bêta (44.8, 3.6) = (44.7, 3.5)
    const gamma = dataset.byId.get('48003');
    expect(gamma?.coordinatesSource).toBe('approximate');
    expect(gamma?.coordinatesMethod).toBe('postal-code-centroid');
    expect(gamma?.location.lat).toBeCloseTo(44.7, 9);
    expect(gamma?.location.lon).toBeCloseTo(3.5, 9);
  });

  it('falls back on the EPCI, then on the department', () => {
    // Delta (48200, alone) is in the EPCI with Alpha and Bêta → (44.7, 3.5) again, by EPCI.
    expect(dataset.byId.get('48004')?.coordinatesMethod).toBe('epci-centroid');
    // Epsilon has neither: department 48 → mean of Alpha and Bêta.
    expect(dataset.byId.get('48005')?.coordinatesMethod).toBe('department-centroid');
  });

  it('places communes at their official centre first, GeoNames and approximations after', () => {
    const officialCentres = new Map([
      [
        '48001',
        { location: { lat: 44.61, lon: 3.41 }, method: 'official-shape-interior' as const },
      ],
      ['48003', { location: { lat: 44.9, lon: 3.7 }, method: 'official-seat-interior' as const }],
    ]);
    const withCentres = buildCommuneDataset({ decoupage, geonamesText, officialCentres });
    expect(withCentres.byId.get('48001')).toMatchObject({
      location: { lat: 44.61, lon: 3.41 },
      coordinatesSource: 'official',
      coordinatesMethod: 'official-shape-interior',
    });
    expect(withCentres.byId.get('48003')?.coordinatesSource).toBe('official');
    // Bêta keeps GeoNames; Delta's EPCI mean now takes the official centres in.
    expect(withCentres.byId.get('48002')?.coordinatesSource).toBe('geonames');
    const delta = withCentres.byId.get('48004');
    expect(delta?.coordinatesMethod).toBe('epci-centroid');
    expect(delta?.location.lat).toBeCloseTo((44.61 + 44.8) / 2, 9);
  });

  it('reports the share of approximate positions per country', () => {
    const fr = coverageStats(dataset).find((s) => s.country === 'FR');
    expect(fr).toMatchObject({ communes: 6, approximate: 3, approximateShare: 0.5 });
  });

  it('folds arrondissements and former communes into the current commune', () => {
    expect(resolveCommune(dataset, '75115')?.id).toBe('75056');
    expect(resolveCommune(dataset, '48050')?.id).toBe('48001');
    expect(resolveCommune(dataset, '99999')).toBeUndefined();
    expect(dataset.aliases).toContainEqual({
      name: 'Paris 15e Arrondissement',
      communeId: '75056',
    });
  });

  it('builds foreign municipalities with Latin-script alternate names as aliases', () => {
    const brussels = dataset.byId.get('BE-21004');
    expect(brussels).toMatchObject({
      country: 'BE',
      code: '21004',
      name: 'Brussels',
      population: 1_019_022,
    });
    const names = dataset.aliases.filter((a) => a.communeId === 'BE-21004').map((a) => a.name);
    expect(names).toEqual(['Bruxelles', 'Brussel']);
  });
});

describe('applying official files', () => {
  it('replaces approximate positions by imported centres and records the source', () => {
    const csv =
      'code_insee,nom_standard,latitude_centre,longitude_centre,superficie_km2,grille_densite\n48003,Gamma,44.75,3.45,21.5,7\n75115,Paris 15e,48.84,2.29,8.5,1\n';
    const outcome = applyCommuneCentres(dataset, parseCommuneCentres(csv, { year: 2025 }));
    const gamma = outcome.dataset.byId.get('48003');
    expect(gamma).toMatchObject({
      location: { lat: 44.75, lon: 3.45 },
      coordinatesSource: 'imported',
      areaKm2: 21.5,
      densityClass: 7,
    });
    // An arrondissement's line must not move Paris itself.
    expect(outcome.dataset.byId.get('75056')?.location).toEqual({ lat: 48.8534, lon: 2.3488 });
    expect(outcome.dataset.sources.at(-1)?.year).toBe(2025);
    expect(dataset.byId.get('48003')?.coordinatesSource).toBe('approximate'); // input untouched
  });

  it('applies nothing from a file with errors, and reports unknown communes', () => {
    const failed = applyDensityGrid(
      dataset,
      parseDensityGrid('CODGEO;DENS\n48001;9\n', { year: 2024 }),
    );
    expect(failed.ok).toBe(false);
    expect(failed.dataset).toBe(dataset);
    const applied = applyDensityGrid(
      dataset,
      parseDensityGrid('CODGEO;DENS\n48001;7\n12345;3\n', { year: 2024 }),
    );
    expect(applied.updated).toBe(1);
    expect(applied.dataset.byId.get('48001')?.densityClass).toBe(7);
    expect(applied.unknownCommunes.map((u) => u.value)).toEqual(['12345']);
  });

  it("places facilities without coordinates at their commune's position", () => {
    const csv =
      'nom;type_equipement_ou_lieu;code_insee;latitude;longitude\nSalle;Scène;75115;;\nNulle part;Scène;;;\n';
    const { placed, unplaced } = placeFacilities(
      dataset,
      parseFacilities(csv, { year: 2024 }).records,
    );
    expect(placed[0]).toMatchObject({
      communeId: '75056',
      positionSource: 'commune',
      position: { lat: 48.8534, lon: 2.3488 },
    });
    expect(unplaced.map((f) => f.name)).toEqual(['Nulle part']);
  });

  it('saves the changes as an overlay that replays to the same communes', () => {
    const csv = 'code_insee,latitude_centre,longitude_centre,grille_densite\n48003,44.75,3.45,7\n';
    const after = applyCommuneCentres(dataset, parseCommuneCentres(csv, { year: 2025 })).dataset;
    const overlay = buildOverlay(dataset, after, []);
    expect(overlay.communes.map((c) => c.id)).toEqual(['48003']);
    const replayed = applyOverlay(dataset, JSON.parse(JSON.stringify(overlay)));
    expect(replayed.byId.get('48003')).toEqual(after.byId.get('48003'));
    expect(replayed.sources).toEqual(after.sources);
  });
});
