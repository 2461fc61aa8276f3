// Rule: no API module's index.ts hands out a repository (`*.repository.ts`), whether by naming its
// functions, by `export *`, or by re-exporting a name it imported from one. Other modules go
// through services, which check access and keep each module's tables its own. Types are allowed
// (`export type { Row }`, `export { type Row }`): a row's shape carries no database access.

import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { importsOf, readText, relativePath } from './source-files.mjs';

const modulesDir = 'apps/api/src/modules';
const fromRepository = (spec) => /\.repository(\.ts)?$/.test(spec);

export function checkIndexRepositories(root) {
  const dir = join(root, modulesDir);
  if (!existsSync(dir)) return [];
  const problems = [];
  for (const name of readdirSync(dir).sort()) {
    const file = join(dir, name, 'index.ts');
    if (!existsSync(file)) continue;
    const text = readText(file);
    const rel = relativePath(root, file);
    const imported = new Set();
    for (const { spec, clause, typeOnly, isExport } of importsOf(text)) {
      if (!fromRepository(spec) || typeOnly) continue;
      if (isExport) problems.push(`${rel}: exports from ${spec} (${reason})`);
      else for (const local of valueNames(clause)) imported.add(local);
    }
    for (const local of exportedNames(text)) {
      if (imported.has(local))
        problems.push(`${rel}: exports ${local}, from a repository (${reason})`);
    }
  }
  return problems;
}

const reason = 'other modules use services, not repositories';

/** Local names an import clause binds to values: `a`, `{ b, c as d }`, `* as e`. */
function valueNames(clause) {
  const names = [];
  const braced = clause.match(/\{([^}]*)\}/);
  if (braced) {
    for (const part of braced[1].split(',')) {
      const name = part.trim();
      if (!name || name.startsWith('type ')) continue;
      names.push(
        name
          .split(/\s+as\s+/)
          .pop()
          .trim(),
      );
    }
  }
  const outside = clause.replace(/\{[^}]*\}/, '').replace(/,/g, ' ');
  const namespace = outside.match(/\*\s+as\s+(\w+)/);
  if (namespace) names.push(namespace[1]);
  const plain = outside.replace(/\*\s+as\s+\w+/, '').trim();
  if (/^\w+$/.test(plain)) names.push(plain);
  return names;
}

/** Local names a file exports: `export { a, b as c }` (without `from`), `export default a`. */
function exportedNames(text) {
  const names = [];
  for (const match of text.matchAll(/export\s*\{([^}]*)\}(?!\s*from)/g)) {
    for (const part of match[1].split(',')) {
      const name = part.trim();
      if (name && !name.startsWith('type ')) names.push(name.split(/\s+as\s+/)[0].trim());
    }
  }
  for (const match of text.matchAll(/export\s+default\s+(\w+)/g)) names.push(match[1]);
  for (const match of text.matchAll(/export\s+const\s+\w+\s*=\s*(\w+)\s*;/g)) names.push(match[1]);
  return names;
}
