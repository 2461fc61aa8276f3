// Commune shapes per department, from the files Tutti ships (packages/geo/data/communes-fr): read
// once per department and kept in memory (about 90 KB each), served with an ETag.
import { createHash } from 'node:crypto';
import type { Commune } from '@tutti/geo';
import { readCommuneFilesIndex, readDepartmentShapes } from '@tutti/geo/node';
import { AppError } from '../../platform/errors';

export type DepartmentShapes = { body: Buffer; etag: string };

const shapes = new Map<string, DepartmentShapes>();
let departments: ReadonlySet<string> | undefined;

/** Departments that have a shapes file (the 101 French departments). */
function departmentsWithShapes(): ReadonlySet<string> {
  departments ??= new Set(Object.keys(readCommuneFilesIndex().departments));
  return departments;
}

/**
 * The TopoJSON of a department's communes (object `communes`, `id` = INSEE code). 404 when
 * Tutti has no shapes for that code (overseas collectivities, unknown codes).
 *
 * @example (await departmentShapes('58')).body // TopoJSON bytes
 */
export function departmentShapes(code: string): DepartmentShapes {
  const cached = shapes.get(code);
  if (cached) return cached;
  const body = departmentsWithShapes().has(code) ? readDepartmentShapes(code) : undefined;
  if (!body) throw new AppError('TERRITORY.NOT_FOUND', `No commune shapes for department ${code}`);
  const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 22)}"`;
  const entry = { body, etag };
  shapes.set(code, entry);
  return entry;
}

/**
 * The departments whose shapes files hold communes of the list, sorted: what a map of those
 * communes loads.
 */
export function shapeDepartmentsOf(communes: readonly Commune[]): string[] {
  const known = departmentsWithShapes();
  const found = new Set<string>();
  for (const c of communes) {
    if (c.country === 'FR' && c.departmentCode && known.has(c.departmentCode)) {
      found.add(c.departmentCode);
    }
  }
  return [...found].sort();
}
