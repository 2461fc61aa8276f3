// Checks a Solomon solution from its customer lists alone: coverage, capacity, time windows, distance.
import type { SolomonInstance } from '../src/index';

/** Recomputed total distance and the list of violations (empty when the solution is feasible). */
export function verifySolomon(
  instance: SolomonInstance,
  routes: number[][],
  maxVehicles?: number,
): { distance: number; violations: string[] } {
  const byId = new Map(instance.nodes.map((node) => [node.id, node]));
  const depot = instance.nodes[0]!;
  const violations: string[] = [];
  const seen = new Set<number>();
  let distance = 0;
  if (maxVehicles !== undefined && routes.length > maxVehicles) {
    violations.push(`${routes.length} routes, more than ${maxVehicles}`);
  }
  for (const route of routes) {
    let at = depot;
    let clock = depot.readyMin;
    let load = 0;
    for (const id of route) {
      const node = byId.get(id);
      if (!node || node === depot) {
        violations.push(`unknown customer ${id}`);
        continue;
      }
      if (seen.has(id)) violations.push(`customer ${id} visited twice`);
      seen.add(id);
      const leg = Math.hypot(at.x - node.x, at.y - node.y);
      distance += leg;
      clock = Math.max(clock + leg, node.readyMin);
      if (clock > node.dueMin + 1e-9) violations.push(`customer ${id} served late`);
      clock += node.serviceMin;
      load += node.demand;
      at = node;
    }
    const back = Math.hypot(at.x - depot.x, at.y - depot.y);
    distance += back;
    if (clock + back > depot.dueMin + 1e-9) violations.push('a route returns after the horizon');
    if (load > instance.capacity) violations.push('a route exceeds capacity');
  }
  if (seen.size !== instance.nodes.length - 1) {
    violations.push(`${instance.nodes.length - 1 - seen.size} customers not visited`);
  }
  return { distance, violations };
}
