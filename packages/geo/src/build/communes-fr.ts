// Derives Tutti's compact commune files from official boundaries (IGN Admin Express, one GeoJSON
// feature per commune of the boundaries' year): a centre per current commune and simplified
// shapes per department (TopoJSON). Pure: the CLI (`src/cli/build-communes.ts`) reads and writes.
//
// Used only by the build command and its tests (its libraries are development dependencies).

import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { feature, mergeArcs } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type {
  GeometryCollection,
  Topology,
  MultiPolygon as TopoMultiPolygon,
} from 'topojson-specification';
import type { RawCommune } from '../communes/decoupage';

/** One commune of the boundaries file: its INSEE code of the boundaries' year and its shape. */
export type BoundaryFeature = Feature<Polygon | MultiPolygon, { code: string; nom?: string }>;

export type CommuneShapesOptions = {
  features: readonly BoundaryFeature[];
  /** `data/communes.json` of `@etalab/decoupage-administratif`: current communes and former codes. */
  communes: readonly RawCommune[];
  /**
   * Visvalingam simplification threshold: points whose triangle with their neighbours is smaller
   * than this many steradians go (1e-9 sr ≈ 0.04 km²). Arcs are simplified once for the whole
   * country, so neighbouring departments keep the same border.
   */
  minWeight: number;
  /** Grid of each department's TopoJSON file (1e4: about 10–40 m per step). */
  quantization: number;
};

/** A current commune's centre: a point inside its shape (the pole of inaccessibility). */
export type OfficialCentre = { code: string; lat: number; lon: number };

export type DepartmentShapes = {
  department: string;
  /** Object `communes`: one MultiPolygon per current commune, `id` = its INSEE code. */
  topology: Topology;
  communes: number;
};

export type CommuneShapesBuild = {
  /** Sorted by code. */
  centres: OfficialCentre[];
  /** Sorted by department code. */
  departments: DepartmentShapes[];
  /**
   * Current communes made of several communes of the boundaries' year (merged since) or known
   * today under another code: current code → codes of the boundaries' year. Their centre lies in
   * the territory of the former commune holding the seat (the one with the current code).
   */
  merged: Record<string, string[]>;
  /**
   * Current communes of the departments covered that no commune of the boundaries' year resolves
   * to: communes restored (split off again) since then. Their territory is inside another
   * commune's shape; they have neither shape nor centre here.
   */
  withoutShape: { code: string; name: string }[];
};

/** Codes of the boundaries' year that resolve to no current commune (the build stops). */
export class UnresolvedCodesError extends Error {
  constructor(readonly codes: string[]) {
    super(`No current commune for ${codes.length} code(s): ${codes.slice(0, 20).join(', ')}`);
  }
}

/**
 * The current commune of a code of the boundaries' year: itself when it is still a current
 * commune, else the current commune listing it among its former codes (`anciensCodes`), else the
 * commune a delegated or associated commune belongs to (`chefLieu`).
 *
 * @example successorOf(resolver, '14011') // "14581" (Anctoville → Aurseulles)
 */
export function currentCodeResolver(communes: readonly RawCommune[]) {
  const current = new Map<string, RawCommune>();
  const formerOf = new Map<string, string>();
  const partOf = new Map<string, string>();
  for (const c of communes) {
    if (c.type === 'commune-actuelle') {
      current.set(c.code, c);
      for (const old of c.anciensCodes ?? []) if (old !== c.code) formerOf.set(old, c.code);
    } else if (c.chefLieu && (c.type === 'commune-deleguee' || c.type === 'commune-associee')) {
      partOf.set(c.code, c.chefLieu);
    }
  }
  return {
    current,
    resolve(code: string): string | undefined {
      if (current.has(code)) return code;
      const successor = formerOf.get(code) ?? partOf.get(code);
      return successor && current.has(successor) ? successor : undefined;
    },
  };
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

function polygonsOf(geometry: Polygon | MultiPolygon): Position[][][] {
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/**
 * The pole of inaccessibility of the shapes (the point inside them farthest from any border),
 * computed on a local equirectangular projection so that east-west and north-south distances
 * weigh the same; with several polygons, the one whose pole lies deepest inside.
 */
export function interiorPoint(geometries: readonly (Polygon | MultiPolygon)[]): {
  lat: number;
  lon: number;
} {
  let best: { lat: number; lon: number; depth: number } | undefined;
  for (const geometry of geometries) {
    for (const polygon of polygonsOf(geometry)) {
      const outer = polygon[0] ?? [];
      if (outer.length < 4) continue;
      const meanLat = outer.reduce((sum, p) => sum + (p[1] ?? 0), 0) / outer.length;
      const k = Math.cos((meanLat * Math.PI) / 180);
      const projected = polygon.map((ring) => ring.map((p) => [(p[0] ?? 0) * k, p[1] ?? 0]));
      // 1e-5 degree of latitude ≈ 1 m.
      const pole = polylabel(projected as [number, number][][], 1e-5);
      if (!best || pole.distance > best.depth) {
        best = { lon: pole[0] / k, lat: pole[1], depth: pole.distance };
      }
    }
  }
  if (!best) throw new Error('No polygon to place a point in');
  return { lat: round5(best.lat), lon: round5(best.lon) };
}

/**
 * Resolves every commune of the boundaries file to today's commune (communes merged since are
 * the union of their former communes), places a centre inside each current commune, and cuts
 * simplified shapes per department.
 *
 * @example buildCommuneShapes({ features, communes, minWeight: 1e-9, quantization: 1e4 }).centres[0]
 */
export function buildCommuneShapes(options: CommuneShapesOptions): CommuneShapesBuild {
  const resolver = currentCodeResolver(options.communes);
  const piecesOf = new Map<string, BoundaryFeature[]>();
  const unresolved: string[] = [];
  for (const f of options.features) {
    const code = resolver.resolve(f.properties.code);
    if (!code) {
      unresolved.push(f.properties.code);
      continue;
    }
    const pieces = piecesOf.get(code);
    if (pieces) pieces.push(f);
    else piecesOf.set(code, [f]);
  }
  if (unresolved.length > 0) throw new UnresolvedCodesError(unresolved.sort());

  const codes = [...piecesOf.keys()].sort();
  const merged: Record<string, string[]> = {};
  const centres: OfficialCentre[] = [];
  for (const code of codes) {
    const pieces = piecesOf.get(code) ?? [];
    const formerCodes = pieces.map((p) => p.properties.code).sort();
    if (formerCodes.length > 1 || formerCodes[0] !== code) merged[code] = formerCodes;
    // A commune nouvelle takes the code of the commune holding its seat.
    const seat = pieces.filter((p) => p.properties.code === code);
    const around = (seat.length > 0 ? seat : pieces).map((p) => p.geometry);
    centres.push({ code, ...interiorPoint(around) });
  }

  const departments = cutDepartments(options, piecesOf, resolver.current);
  const covered = new Set(departments.map((d) => d.department));
  const withoutShape = [...resolver.current.values()]
    .filter((c) => covered.has(c.departement) && !piecesOf.has(c.code))
    .map((c) => ({ code: c.code, name: c.nom }))
    .sort((a, b) => a.code.localeCompare(b.code));
  return { centres, departments, merged, withoutShape };
}

type Pieces = Topology<{ communes: GeometryCollection<{ code: string }> }>;

function cutDepartments(
  options: CommuneShapesOptions,
  piecesOf: ReadonlyMap<string, BoundaryFeature[]>,
  current: ReadonlyMap<string, RawCommune>,
): DepartmentShapes[] {
  const source: FeatureCollection = { type: 'FeatureCollection', features: [...options.features] };
  // One topology for the whole country: borders shared by two communes (or two departments) are
  // one arc, simplified once, so neighbours still meet after simplification.
  const whole = simplify(
    presimplify(topology({ communes: source }) as unknown as Pieces, sphericalTriangleArea),
    options.minWeight,
  );
  const pieces = whole.objects.communes.geometries;
  const geometryByCode = new Map(pieces.map((g) => [(g.properties as { code: string }).code, g]));
  const byDepartment = new Map<string, TopoMultiPolygon[]>();
  for (const [code, parts] of piecesOf) {
    const members = parts.map((p) => geometryByCode.get(p.properties.code)!);
    // Merging dissolves the borders between the former communes of a merged commune.
    const union = mergeArcs(whole, members as never) as TopoMultiPolygon;
    union.id = code;
    const department = current.get(code)?.departement ?? '';
    const list = byDepartment.get(department);
    if (list) list.push(union);
    else byDepartment.set(department, [union]);
  }
  return [...byDepartment.keys()].sort().map((department) => {
    const geometries = (byDepartment.get(department) ?? []).sort((a, b) =>
      String(a.id).localeCompare(String(b.id)),
    );
    const collection = feature(whole, { type: 'GeometryCollection', geometries });
    // A topology of its own per department, quantized and delta-encoded.
    const topo = topology({ communes: collection }, options.quantization);
    for (const g of (topo.objects.communes as GeometryCollection).geometries) delete g.properties;
    return { department, topology: topo, communes: geometries.length };
  });
}
