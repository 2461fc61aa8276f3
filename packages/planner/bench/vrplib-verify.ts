// Checks a VRPLIB VRPTW solution from its customer lists alone: coverage, capacity, time windows, distance.
import { type VrplibInstance, type VrplibRounding, vrplibDistance } from '../src/index';

/**
 * Recomputed total distance under the given rounding (travel time equals distance) and the list
 * of violations (empty when the solution is feasible). Customers are numbered 1…n.
 */
export function verifyVrplib(
  instance: VrplibInstance,
  routes: number[][],
  rounding: VrplibRounding,
  maxVehicles = instance.vehicles,
): { distance: number; violations: string[] } {
  const { nodes } = instance;
  const depot = nodes[0]!;
  const violations: string[] = [];
  const seen = new Set<number>();
  let distance = 0;
  if (routes.length > maxVehicles)
    violations.push(`${routes.length} routes, more than ${maxVehicles}`);
  for (const route of routes) {
    let at = depot;
    let clock = depot.readyMin + depot.serviceMin;
    let load = 0;
    for (const id of route) {
      const node = nodes[id];
      if (!node || id === 0) {
        violations.push(`unknown customer ${id}`);
        continue;
      }
      if (seen.has(id)) violations.push(`customer ${id} visited twice`);
      seen.add(id);
      const leg = vrplibDistance(at, node, rounding);
      distance += leg;
      clock = Math.max(clock + leg, node.readyMin);
      if (clock > node.dueMin + 1e-9) violations.push(`customer ${id} served late`);
      clock += node.serviceMin;
      load += node.demand;
      at = node;
    }
    const back = vrplibDistance(at, depot, rounding);
    distance += back;
    if (clock + back > depot.dueMin + 1e-9) violations.push('a route returns after the horizon');
    if (load > instance.capacity) violations.push('a route exceeds capacity');
  }
  if (seen.size !== nodes.length - 1)
    violations.push(`${nodes.length - 1 - seen.size} customers not visited`);
  return { distance, violations };
}
