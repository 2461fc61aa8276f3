// Reads VRPLIB VRPTW instances (CVRPLIB, DIMACS 2021, PyVRP collections) and their solution files.
import type { PlanningProblem } from './model';

export type VrplibNode = {
  x: number;
  y: number;
  demand: number;
  readyMin: number;
  dueMin: number;
  serviceMin: number;
};

export type VrplibInstance = {
  name: string;
  /** Upper bound on the fleet (`VEHICLES`); the number of customers when the file gives none. */
  vehicles: number;
  capacity: number;
  /** Index 0 is the depot, then the customers in file order (customer k is node k). */
  nodes: VrplibNode[];
};

/**
 * `exact`: Euclidean distance in double precision. `truncated`: truncated to one decimal, the
 * DIMACS 2021 convention of the Gehring & Homberger best-known costs.
 */
export type VrplibRounding = 'exact' | 'truncated';

const sectionNames = [
  'NODE_COORD_SECTION',
  'DEMAND_SECTION',
  'TIME_WINDOW_SECTION',
  'SERVICE_TIME_SECTION',
  'DEPOT_SECTION',
] as const;
type Section = (typeof sectionNames)[number];

/**
 * Parses a VRPLIB VRPTW file: `KEY : value` header, then the sections. Only `EUC_2D` edge
 * weights and a single depot are supported; `SERVICE_TIME` in the header applies to every
 * customer unless a `SERVICE_TIME_SECTION` gives one per node (the depot serves in 0 minutes).
 * @example
 * const instance = parseVrplib(readFileSync('C1_10_1.vrp', 'utf8'));
 */
export function parseVrplib(text: string): VrplibInstance {
  const header = new Map<string, string>();
  const rows = new Map<Section, number[][]>();
  let section: Section | null = null;
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim();
    if (line === '' || line === 'EOF') continue;
    const named = sectionNames.find((s) => line.toUpperCase().startsWith(s));
    if (named) {
      section = named;
      rows.set(named, []);
      continue;
    }
    const pair = /^([A-Z_]+)\s*:\s*(.*)$/i.exec(line);
    if (pair && section === null) {
      header.set(pair[1]!.toUpperCase(), pair[2]!.trim());
      continue;
    }
    if (section === null) throw new Error(`unexpected line before any section: ${line}`);
    const numbers = line.split(/\s+/).map(Number);
    if (!numbers.every(Number.isFinite)) throw new Error(`${section}: not a number in "${line}"`);
    rows.get(section)!.push(numbers);
  }
  const weightType = header.get('EDGE_WEIGHT_TYPE') ?? 'EUC_2D';
  if (weightType !== 'EUC_2D') throw new Error(`EDGE_WEIGHT_TYPE ${weightType} is not supported`);
  const dimension = Number(header.get('DIMENSION'));
  if (!Number.isInteger(dimension) || dimension < 2)
    throw new Error('DIMENSION must be an integer of at least 2');
  const byNode = (name: Section, width: number, required: boolean): Map<number, number[]> => {
    const map = new Map<number, number[]>();
    const list = rows.get(name);
    if (!list) {
      if (required) throw new Error(`${name} missing`);
      return map;
    }
    for (const row of list) {
      if (row.length < width + 1) throw new Error(`${name}: row "${row.join(' ')}" too short`);
      if (map.has(row[0]!)) throw new Error(`${name}: node ${row[0]} given twice`);
      map.set(row[0]!, row.slice(1, width + 1));
    }
    return map;
  };
  const coords = byNode('NODE_COORD_SECTION', 2, true);
  const demands = byNode('DEMAND_SECTION', 1, true);
  const windows = byNode('TIME_WINDOW_SECTION', 2, true);
  const services = byNode('SERVICE_TIME_SECTION', 1, false);
  const depots = (rows.get('DEPOT_SECTION') ?? [[1]]).map((r) => r[0]!).filter((id) => id >= 0);
  if (depots.length !== 1) throw new Error('exactly one depot is supported');
  const depotId = depots[0]!;
  const ids = [...coords.keys()].sort((a, b) => a - b);
  if (ids.length !== dimension) throw new Error(`DIMENSION ${dimension} but ${ids.length} nodes`);
  if (!coords.has(depotId)) throw new Error(`depot ${depotId} has no coordinates`);
  const defaultService = Number(header.get('SERVICE_TIME') ?? 0);
  const node = (id: number): VrplibNode => {
    const [x, y] = coords.get(id)!;
    const window = windows.get(id);
    if (!window) throw new Error(`TIME_WINDOW_SECTION: node ${id} missing`);
    return {
      x: x!,
      y: y!,
      demand: demands.get(id)?.[0] ?? 0,
      readyMin: window[0]!,
      dueMin: window[1]!,
      serviceMin: services.get(id)?.[0] ?? (id === depotId ? 0 : defaultService),
    };
  };
  const nodes = [node(depotId), ...ids.filter((id) => id !== depotId).map(node)];
  const capacity = Number(header.get('CAPACITY') ?? Number.POSITIVE_INFINITY);
  const vehicles = Number(header.get('VEHICLES') ?? nodes.length - 1);
  return { name: header.get('NAME') ?? 'unnamed', vehicles, capacity, nodes };
}

/** Euclidean distance between two nodes under the given rounding. */
export function vrplibDistance(a: VrplibNode, b: VrplibNode, rounding: VrplibRounding): number {
  const d = Math.hypot(a.x - b.x, a.y - b.y);
  // The epsilon keeps 0.3 (stored as 0.29999…) at 0.3 when multiplied by ten.
  return rounding === 'truncated' ? Math.floor(d * 10 + 1e-9) / 10 : d;
}

/**
 * Converts a VRPLIB instance to the engine's model: travel time equals distance, one vehicle
 * per `VEHICLES`, job ids are customer numbers 1…n (the numbering of solution files).
 * @example
 * const problem = vrplibProblem(parseVrplib(text), 'truncated');
 */
export function vrplibProblem(
  instance: VrplibInstance,
  rounding: VrplibRounding = 'exact',
): PlanningProblem {
  const { nodes } = instance;
  const size = nodes.length;
  const matrix = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++)
      matrix[a * size + b] = vrplibDistance(nodes[a]!, nodes[b]!, rounding);
  }
  const depot = nodes[0]!;
  return {
    matrix: { size, distanceKm: matrix, durationMin: matrix },
    vehicles: Array.from({ length: instance.vehicles }, (_, k) => ({
      id: `vehicle-${k + 1}`,
      startLocation: 0,
      shift: { startMin: depot.readyMin, endMin: depot.dueMin },
      capacity: instance.capacity,
    })),
    jobs: nodes.slice(1).map((node, k) => ({
      id: String(k + 1),
      location: k + 1,
      serviceMin: node.serviceMin,
      demand: node.demand,
      timeWindows: [{ startMin: node.readyMin, endMin: node.dueMin }],
    })),
  };
}

/**
 * Reads a VRPLIB solution file: `Route #k: 3 1 2` lines (customers numbered 1…n) and `Cost X`.
 * @example
 * const { routes, cost } = parseVrplibSolution(readFileSync('C1_10_1.sol', 'utf8'));
 */
export function parseVrplibSolution(text: string): { routes: number[][]; cost: number | null } {
  const routes: number[][] = [];
  let cost: number | null = null;
  for (const raw of text.split(/\r?\n|\r/)) {
    const line = raw.trim();
    const route = /^Route\s*#\d+\s*:(.*)$/i.exec(line);
    if (route) {
      const stops = route[1]!.trim();
      routes.push(stops === '' ? [] : stops.split(/\s+/).map(Number));
      continue;
    }
    const found = /^Cost\s*:?\s*(\S+)/i.exec(line);
    if (found) cost = Number(found[1]);
  }
  return { routes, cost };
}
