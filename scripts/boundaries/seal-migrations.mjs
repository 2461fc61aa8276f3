// Appends the checksums of migrations not sealed yet; refuses when a sealed one was edited or deleted.
import { appendFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkMigrations,
  checksumsFile,
  migrationChecksums,
  migrationsDir,
  sealedChecksums,
} from './migrations.mjs';

const header =
  '# sha256 and name of each committed migration: append-only, written by `npm run migrations:seal`.\n' +
  '# The boundary check (npm run lint) fails when a listed file is edited or deleted.\n';

/** Seals the new migrations under `root`: `{ added, refused }`, nothing written when refused. */
export function sealMigrations(root) {
  const refused = checkMigrations(root).filter(
    (problem) => !problem.includes(`not in ${checksumsFile}`),
  );
  if (refused.length > 0) return { added: [], refused };
  const sealed = new Set(sealedChecksums(root).map(({ name }) => name));
  const added = [...migrationChecksums(root)].filter(([name]) => !sealed.has(name));
  const file = join(root, migrationsDir, checksumsFile);
  if (!existsSync(file)) writeFileSync(file, header);
  appendFileSync(file, added.map(([name, sum]) => `${sum}  ${name}\n`).join(''));
  return { added: added.map(([name]) => name), refused };
}
