// Reading a tree for the boundary rules: source files, the specifiers they import, where those land.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const sourceName = /\.(ts|tsx|mts|js|mjs)$/;
// Static imports and re-exports (one or several lines), bare side-effect imports, dynamic imports.
const importPattern =
  /(?:^|[\s;])(?:import|export)\s+(type\s+)?([^'"]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every source file under `dir` (absolute paths), skipping dependencies and build output. */
export function* sourceFiles(dir) {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name === 'dist') continue;
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (sourceName.test(name)) yield path;
  }
}

/**
 * The imports and re-exports of a source text: `{ spec, clause, typeOnly, isExport }`, where
 * `clause` is what stands between the keyword and `from` (empty for side-effect imports).
 */
export function importsOf(text) {
  const found = [];
  for (const match of text.matchAll(importPattern)) {
    const spec = match[3] ?? match[4] ?? match[5];
    const clause = match[2] ?? '';
    const isExport = /^\s*export/.test(match[0].replace(/^[\s;]/, ''));
    found.push({ spec, clause, typeOnly: Boolean(match[1]) || onlyTypes(clause), isExport });
  }
  return found;
}

/** `{ type A, type B }`: every name of a braced list is marked `type`. */
function onlyTypes(clause) {
  const braced = clause.trim().match(/^\{([^}]*)\}$/);
  if (!braced) return false;
  const names = braced[1]
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length > 0 && names.every((name) => name.startsWith('type '));
}

export const readText = (path) => readFileSync(path, 'utf8');

/** `path` relative to `root`, with forward slashes whatever the platform. */
export const relativePath = (root, path) => relative(root, path).split(sep).join('/');

/**
 * The absolute path (without extension) an import specifier points at, or null for a package.
 * `aliases` maps prefixes such as `@/` to absolute directories.
 */
export function resolveSpecifier(fromFile, spec, aliases = {}) {
  for (const [prefix, target] of Object.entries(aliases)) {
    if (spec.startsWith(prefix)) return resolve(target, spec.slice(prefix.length));
  }
  if (spec.startsWith('.')) return resolve(dirname(fromFile), spec);
  return null;
}

export const isTestFile = (path) => /\.test\.(ts|tsx|mts|js|mjs)$/.test(path);
