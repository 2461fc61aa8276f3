import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { afterAll, describe, expect, it } from 'vitest';
import type { RawCommune } from '../communes/decoupage';
import type { CommuneFilesIndex } from '../communes/official';
import { type BoundaryFeature, buildCommuneShapes, UnresolvedCodesError } from './communes-fr';

/** A square commune of `size` degrees whose south-west corner is (lon, lat). */
function square(code: string, lon: number, lat: number, size = 0.1): BoundaryFeature {
  const ring = [
    [lon, lat],
    [lon + size, lat],
    [lon + size, lat + size],
    [lon, lat + size],
    [lon, lat],
  ];
  return {
    type: 'Feature',
    properties: { code, nom: code },
    geometry: { type: 'Polygon', coordinates: [ring] },
  };
}

const current = (code: string, departement: string, anciensCodes?: string[]): RawCommune => ({
  code,
  nom: `Commune ${code}`,
  type: 'commune-actuelle',
  departement,
  region: '27',
  ...(anciensCodes ? { anciensCodes } : {}),
});

// Boundaries of the fixture's year: 58001 unchanged; 58002 and 58003 side by side, merged since
// into 58002 (its seat); 58004 the whole of a commune nouvelle that took the code 58005 since;
// 2A001 in another department. 58006 was split off again since: no shape of its own.
const features = [
  square('58001', 3.0, 47.0),
  square('58002', 3.1, 47.0),
  square('58003', 3.2, 47.0),
  square('58004', 3.0, 47.1),
  square('2A001', 8.8, 41.9),
];
const communes: RawCommune[] = [
  current('58001', '58'),
  current('58002', '58', ['58003']),
  current('58005', '58', ['58004']),
  current('58006', '58'),
  current('2A001', '2A'),
  {
    code: '58003',
    nom: 'Ancienne',
    type: 'commune-deleguee',
    departement: '58',
    region: '27',
    chefLieu: '58002',
  },
];

const build = () => buildCommuneShapes({ features, communes, minWeight: 1e-9, quantization: 1e4 });

function shapesOf(topology: Topology) {
  const object = topology.objects.communes as GeometryCollection;
  return new Map(
    feature(topology, object).features.map((f) => [
      String(f.id),
      f.geometry as Polygon | MultiPolygon,
    ]),
  );
}

describe('buildCommuneShapes', () => {
  it('places one centre per current commune, inside its shape, merged ones inside their seat', () => {
    const { centres } = build();
    expect(centres.map((c) => c.code)).toEqual(['2A001', '58001', '58002', '58005']);
    const at = new Map(centres.map((c) => [c.code, c]));
    // The middle of each square (the point farthest from its border).
    expect(at.get('58001')).toEqual({ code: '58001', lat: 47.05, lon: 3.05 });
    // 58002 = 58002 + 58003: the centre lies in the seat's former square, not across the merge.
    expect(at.get('58002')).toEqual({ code: '58002', lat: 47.05, lon: 3.15 });
    expect(at.get('58005')).toEqual({ code: '58005', lat: 47.15, lon: 3.05 });
  });

  it('records how the communes of the boundaries resolve to today’s', () => {
    const { merged, withoutShape } = build();
    expect(merged).toEqual({ '58002': ['58002', '58003'], '58005': ['58004'] });
    expect(withoutShape).toEqual([{ code: '58006', name: 'Commune 58006' }]);
  });

  it('cuts one TopoJSON per department, a merged commune as one polygon without its inner border', () => {
    const { departments } = build();
    expect(departments.map((d) => [d.department, d.communes])).toEqual([
      ['2A', 1],
      ['58', 3],
    ]);
    const shapes = shapesOf(departments[1]!.topology);
    expect([...shapes.keys()]).toEqual(['58001', '58002', '58005']);
    const union = shapes.get('58002')!;
    const polygons = union.type === 'Polygon' ? [union.coordinates] : union.coordinates;
    expect(polygons).toHaveLength(1);
    const lons = polygons[0]![0]!.map((p) => p[0]!);
    expect(Math.min(...lons)).toBeCloseTo(3.1, 3);
    expect(Math.max(...lons)).toBeCloseTo(3.3, 3);
    // Quantized and delta-encoded; no properties, the id is the INSEE code.
    expect(departments[1]!.topology.transform).toBeDefined();
    const geometries = (departments[1]!.topology.objects.communes as GeometryCollection).geometries;
    expect(geometries.every((g) => g.properties === undefined)).toBe(true);
  });

  it('stops on a code that no current commune takes over', () => {
    expect(() =>
      buildCommuneShapes({
        features: [...features, square('58999', 4, 47)],
        communes,
        minWeight: 1e-9,
        quantization: 1e4,
      }),
    ).toThrow(UnresolvedCodesError);
  });
});

describe('build-communes command', () => {
  const work = mkdtempSync(join(tmpdir(), 'tutti-build-communes-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  // Starts tsx and reads the decoupage package: seconds on a loaded machine.
  it('writes the centres index and a shapes file per department from a folder of GeoJSON', {
    timeout: 60_000,
  }, () => {
    // Real INSEE codes, invented squares: Paris, and Saline (2018) that is Troarn today.
    const source = join(work, 'source');
    mkdirSync(source);
    const collection = (list: BoundaryFeature[]) =>
      JSON.stringify({ type: 'FeatureCollection', features: list });
    writeFileSync(
      join(source, 'communes-75-paris.geojson'),
      collection([square('75056', 2.3, 48.8)]),
    );
    writeFileSync(
      join(source, 'communes-14-calvados.geojson'),
      collection([square('14712', -0.2, 49.15)]),
    );
    const out = join(work, 'out');
    const packageDir = join(dirname(fileURLToPath(import.meta.url)), '../..');
    const printed = execFileSync(
      process.execPath,
      ['--import', 'tsx', 'src/cli/build-communes.ts', '--source', source, '--out', out],
      { cwd: packageDir, encoding: 'utf8' },
    );
    expect(printed).toMatch(/^2 current communes placed, 0 of them merged/m);
    const index = JSON.parse(readFileSync(join(out, 'centres.json'), 'utf8')) as CommuneFilesIndex;
    expect(index.centres).toEqual([
      ['14712', 49.2, -0.15],
      ['75056', 48.85, 2.35],
    ]);
    expect(index.source.attribution).toBe('IGN — Admin Express COG 2018');
    expect(Object.keys(index.departments)).toEqual(['14', '75']);
    // The rest of Calvados has no shape in this fixture, Sannerville among it.
    expect(index.withoutShape.map((c) => c.code)).toContain('14666');
    const paris = JSON.parse(readFileSync(join(out, 'shapes', '75.json'), 'utf8')) as Topology;
    expect([...shapesOf(paris).keys()]).toEqual(['75056']);
  });
});
