// The two trees cut into modules: API modules and web features, each entered through its index.ts.
import { join, relative, sep } from 'node:path';
import { importsOf, readText, resolveSpecifier, sourceFiles } from './source-files.mjs';

/** Where modules live, and how their files name each other (the web resolves `@/` to src/). */
export const layers = [
  { name: 'API module', dir: 'apps/api/src/modules', aliases: {} },
  { name: 'web feature', dir: 'apps/web/src/features', aliases: { '@/': 'apps/web/src/' } },
];

/**
 * Every import from one module of `layer` to another: `{ file, spec, from, to, entered, test }`,
 * `entered` being true when the import lands on the other module's folder or its index.
 */
export function crossModuleImports(root, layer) {
  const modulesDir = join(root, layer.dir);
  const aliases = Object.fromEntries(
    Object.entries(layer.aliases).map(([prefix, dir]) => [prefix, join(root, dir)]),
  );
  const found = [];
  for (const file of sourceFiles(modulesDir)) {
    const from = moduleOf(modulesDir, file);
    for (const { spec } of importsOf(readText(file))) {
      const target = resolveSpecifier(file, spec, aliases);
      if (target === null) continue;
      const to = moduleOf(modulesDir, target);
      if (to === null || to === from) continue;
      const inside = relative(join(modulesDir, to), target).split(sep).join('/');
      const entered = inside === '' || /^index(\.tsx?)?$/.test(inside);
      found.push({ file, spec, from, to, entered });
    }
  }
  return found;
}

/** The module a path belongs to (the first folder under the modules folder), or null. */
function moduleOf(modulesDir, path) {
  const inside = relative(modulesDir, path).split(sep);
  if (inside[0] === '' || inside[0] === '..') return null;
  return inside[0];
}
