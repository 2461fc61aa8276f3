// Reads the Solomon VRPTW text layout into a PlanningProblem (Euclidean, double precision).
import type { PlanningProblem } from './model';

export type SolomonInstance = {
  name: string;
  fleet: number;
  capacity: number;
  /** Node 0 is the depot. */
  nodes: {
    id: number;
    x: number;
    y: number;
    demand: number;
    readyMin: number;
    dueMin: number;
    serviceMin: number;
  }[];
};

/**
 * Parses the original text layout; tolerates CRLF, blank lines and extra spaces.
 * @example
 * const instance = parseSolomon('C101\n\nVEHICLE\nNUMBER CAPACITY\n 25 200\n\nCUSTOMER\n...');
 */
export function parseSolomon(text: string): SolomonInstance {
  const lines = text
    .split(/\r?\n|\r/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  const name = lines[0] ?? 'unnamed';
  const numeric = (l: string): number[] | null => {
    const parts = l.split(/\s+/).map(Number);
    return parts.every((p) => Number.isFinite(p)) ? parts : null;
  };
  const vehicleAt = lines.findIndex((l) => /^VEHICLE/i.test(l));
  const customerAt = lines.findIndex((l) => /^CUSTOMER/i.test(l));
  if (vehicleAt < 0 || customerAt < 0)
    throw new Error('not a Solomon instance: VEHICLE or CUSTOMER block missing');
  const fleetLine = lines
    .slice(vehicleAt + 1, customerAt)
    .map(numeric)
    .find((p) => p !== null && p.length >= 2);
  if (!fleetLine) throw new Error('VEHICLE block has no NUMBER CAPACITY line');
  const nodes = lines
    .slice(customerAt + 1)
    .map(numeric)
    .filter((p): p is number[] => p !== null && p.length >= 7)
    .map(([id, x, y, demand, readyMin, dueMin, serviceMin]) => ({
      id: id!,
      x: x!,
      y: y!,
      demand: demand!,
      readyMin: readyMin!,
      dueMin: dueMin!,
      serviceMin: serviceMin!,
    }));
  if (nodes.length < 2) throw new Error('CUSTOMER block needs a depot and at least one customer');
  return { name, fleet: fleetLine[0]!, capacity: fleetLine[1]!, nodes };
}

/**
 * Converts a Solomon instance to the engine's model: travel time equals Euclidean distance.
 * @example
 * const problem = solomonProblem(parseSolomon(text));
 */
export function solomonProblem(instance: SolomonInstance): PlanningProblem {
  const { nodes } = instance;
  const size = nodes.length;
  const matrix = new Float64Array(size * size);
  for (let a = 0; a < size; a++) {
    for (let b = 0; b < size; b++) {
      matrix[a * size + b] = Math.hypot(nodes[a]!.x - nodes[b]!.x, nodes[a]!.y - nodes[b]!.y);
    }
  }
  const depot = nodes[0]!;
  return {
    matrix: { size, distanceKm: matrix, durationMin: matrix },
    vehicles: Array.from({ length: instance.fleet }, (_, k) => ({
      id: `vehicle-${k + 1}`,
      startLocation: 0,
      shift: { startMin: depot.readyMin, endMin: depot.dueMin },
      capacity: instance.capacity,
    })),
    jobs: nodes.slice(1).map((node, k) => ({
      id: String(node.id),
      location: k + 1,
      serviceMin: node.serviceMin,
      demand: node.demand,
      timeWindows: [{ startMin: node.readyMin, endMin: node.dueMin }],
    })),
  };
}
