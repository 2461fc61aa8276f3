// Rule: committed migrations are append-only. packages/db/migrations/checksums.txt lists every
// migration with the sha256 of its SQL; an edited, deleted or unlisted file fails the check.
// `npm run migrations:seal` appends the files not listed yet and never rewrites a line.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const migrationsDir = 'packages/db/migrations';
export const checksumsFile = 'checksums.txt';
const sealHint = 'run `npm run migrations:seal` once the migration is final';

/** sha256 of each .sql file in the migrations folder, by file name, in name order. */
export function migrationChecksums(root) {
  const dir = join(root, migrationsDir);
  if (!existsSync(dir)) return new Map();
  const names = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  return new Map(
    names.map((name) => [
      name,
      createHash('sha256')
        .update(readFileSync(join(dir, name)))
        .digest('hex'),
    ]),
  );
}

/** The committed list: `{ name, sum }` per line, in the order written. */
export function sealedChecksums(root) {
  const file = join(root, migrationsDir, checksumsFile);
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => {
      const [sum, name] = line.split(/\s+/);
      return { name, sum };
    });
}

export function checkMigrations(root) {
  const actual = migrationChecksums(root);
  const problems = [];
  const sealed = new Set();
  for (const { name, sum } of sealedChecksums(root)) {
    sealed.add(name);
    const where = `${migrationsDir}/${name}`;
    if (!actual.has(name)) problems.push(`${where}: deleted, but committed migrations stay`);
    else if (actual.get(name) !== sum) {
      problems.push(`${where}: edited after it was sealed (add a new migration instead)`);
    }
  }
  for (const name of actual.keys()) {
    if (!sealed.has(name))
      problems.push(`${migrationsDir}/${name}: not in ${checksumsFile} (${sealHint})`);
  }
  return problems;
}
