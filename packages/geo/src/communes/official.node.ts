// Node readers of the commune files Tutti ships (built by `npm run build:communes`, committed in
// packages/geo/data/communes-fr): the centres index and the shapes of one department.

import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { CommuneFilesIndex } from './official';

const require = createRequire(import.meta.url);

/** Folder of the shipped files (resolved through the package, so the API bundle finds it too). */
export function communeFilesDir(): string {
  return dirname(require.resolve('@tutti/geo/data/communes-fr/centres.json'));
}

/** The centres index (≈ 1 MB of JSON, read in ≈ 20 ms). */
export function readCommuneFilesIndex(): CommuneFilesIndex {
  return JSON.parse(readFileSync(join(communeFilesDir(), 'centres.json'), 'utf8'));
}

const DEPARTMENT_CODE = /^(\d{2}|2[AB]|97\d)$/;

/**
 * The TopoJSON bytes of a department's commune shapes (object `communes`, one MultiPolygon per
 * current commune, `id` = INSEE code), or undefined when Tutti has none for that code.
 *
 * @example readDepartmentShapes('58')?.length
 */
export function readDepartmentShapes(department: string): Buffer | undefined {
  if (!DEPARTMENT_CODE.test(department)) return undefined;
  const path = join(communeFilesDir(), 'shapes', `${department}.json`);
  return existsSync(path) ? readFileSync(path) : undefined;
}
