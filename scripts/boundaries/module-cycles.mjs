// Rule: no circle between modules (API modules and web features, each tree apart), so that each can
// be read, tested and changed from its dependencies up. The graph has an edge A -> B when a
// production file of A imports B; tests are left out, since nothing imports a test and a test
// importing a neighbour cannot make the modules load or depend on each other.
import { crossModuleImports, layers } from './module-layers.mjs';
import { isTestFile } from './source-files.mjs';

export function checkModuleCycles(root) {
  return layers.flatMap((layer) => {
    const graph = new Map();
    for (const edge of crossModuleImports(root, layer)) {
      if (isTestFile(edge.file)) continue;
      if (!graph.has(edge.from)) graph.set(edge.from, new Set());
      graph.get(edge.from).add(edge.to);
    }
    return findCycles(graph).map(({ circle, members }) => {
      const others = members.filter((member) => !circle.includes(member));
      const also = others.length > 0 ? ` (tangled with ${others.join(', ')} too)` : '';
      return `${layer.dir}: ${layer.name}s import each other in a circle: ${circle.join(' -> ')}${also}`;
    });
  });
}

/**
 * One circle per strongly connected group of modules (Tarjan's algorithm): `{ circle, members }`,
 * the circle being a path that starts and ends on the group's alphabetically first module.
 */
export function findCycles(graph) {
  const index = new Map();
  const lowest = new Map();
  const stack = [];
  const onStack = new Set();
  const groups = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    lowest.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowest.set(node, Math.min(lowest.get(node), lowest.get(next)));
      } else if (onStack.has(next)) {
        lowest.set(node, Math.min(lowest.get(node), index.get(next)));
      }
    }
    if (lowest.get(node) !== index.get(node)) return;
    const group = [];
    let member;
    do {
      member = stack.pop();
      onStack.delete(member);
      group.push(member);
    } while (member !== node);
    const selfLoop = graph.get(node)?.has(node);
    if (group.length > 1 || selfLoop) groups.push(group);
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return groups.map((group) => ({
    circle: circleThrough(graph, new Set(group)),
    members: group.sort(),
  }));
}

/** A shortest path from the group's first module back to itself, staying inside the group. */
function circleThrough(graph, members) {
  const start = [...members].sort()[0];
  const cameFrom = new Map();
  const queue = [start];
  while (queue.length > 0) {
    const node = queue.shift();
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!members.has(next)) continue;
      if (next === start) {
        const path = [start];
        for (let step = node; step !== start; step = cameFrom.get(step)) path.splice(1, 0, step);
        return [...path, start];
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, node);
        queue.push(next);
      }
    }
  }
  return [start, start];
}
