// Every boundary rule, by name; each takes the project's root and returns its problems as lines.
import { checkIndexRepositories } from './index-repositories.mjs';
import { checkMigrations } from './migrations.mjs';
import { checkModuleCycles } from './module-cycles.mjs';
import { checkModuleEntry } from './module-entry.mjs';
import { checkModuleIndexes } from './module-indexes.mjs';
import { checkPurePackages } from './pure-packages.mjs';
import { checkTestingImports } from './testing-imports.mjs';

export const rules = {
  'pure packages': checkPurePackages,
  'every module has an index.ts': checkModuleIndexes,
  'modules entered through index.ts': checkModuleEntry,
  'no circle between modules': checkModuleCycles,
  'no repository in an index.ts': checkIndexRepositories,
  'test helpers stay out of production': checkTestingImports,
  'append-only migrations': checkMigrations,
};

/** Problems of every rule on the tree at `root`, each line prefixed with its rule. */
export function checkBoundaries(root) {
  return Object.entries(rules).flatMap(([name, check]) =>
    check(root).map((problem) => `[${name}] ${problem}`),
  );
}
