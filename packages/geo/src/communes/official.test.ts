// The shipped commune files: complete for the French departments, within their size budget.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { RawCommune } from './decoupage';
import { officialCentres } from './official';
import { communeFilesDir, readCommuneFilesIndex, readDepartmentShapes } from './official.node';

const require = createRequire(import.meta.url);
const communes = JSON.parse(
  readFileSync(require.resolve('@etalab/decoupage-administratif/data/communes.json'), 'utf8'),
) as RawCommune[];
const index = readCommuneFilesIndex();
const KiB = 1024;

/** The size budget of the shipped files, gzipped (the API sends them compressed). */
const BUDGET = { centres: 400 * KiB, shapes: 3 * 1024 * KiB, department: 64 * KiB };

describe('shipped commune files', () => {
  it('place every current commune of the 101 departments but those restored since 2018', () => {
    const inDepartments = communes.filter(
      (c) => c.type === 'commune-actuelle' && (c as { zone?: string }).zone !== 'com',
    );
    expect(inDepartments).toHaveLength(34_875);
    const placed = new Set(index.centres.map(([code]) => code));
    const missing = inDepartments.filter((c) => !placed.has(c.code)).map((c) => c.code);
    expect(missing).toEqual(index.withoutShape.map((c) => c.code));
    expect(missing).toHaveLength(7);
    expect(Object.keys(index.departments)).toHaveLength(101);
  });

  it('keep each centre in France and say which ones sit in a merged commune’s seat', () => {
    const centres = officialCentres(index);
    const nevers = centres.get('58194');
    expect(nevers?.method).toBe('official-shape-interior');
    expect(nevers?.location.lat).toBeCloseTo(46.99, 1);
    expect(nevers?.location.lon).toBeCloseTo(3.16, 1);
    // Valserhône (2019) = Bellegarde-sur-Valserine (seat, 01033) + Châtillon-en-Michaille + Lancrans.
    expect(index.merged['01033']).toEqual(['01033', '01091', '01205']);
    expect(centres.get('01033')?.method).toBe('official-seat-interior');
  });

  it('hold one shape per placed commune in its department’s file', () => {
    let shapes = 0;
    for (const department of Object.keys(index.departments)) {
      const topology = JSON.parse(readDepartmentShapes(department)!.toString('utf8'));
      const ids = topology.objects.communes.geometries.map((g: { id: string }) => g.id);
      expect(ids.length).toBe(index.departments[department]!.communes);
      shapes += ids.length;
    }
    expect(shapes).toBe(index.centres.length);
    expect(readDepartmentShapes('../centres')).toBeUndefined();
    expect(readDepartmentShapes('987')).toBeUndefined();
  });

  it('stay within their size budget, gzipped', () => {
    const centres = gzipSync(readFileSync(join(communeFilesDir(), 'centres.json'))).length;
    expect(centres).toBeLessThan(BUDGET.centres);
    let total = 0;
    for (const department of Object.keys(index.departments)) {
      const size = gzipSync(readDepartmentShapes(department)!).length;
      expect(size, department).toBeLessThan(BUDGET.department);
      total += size;
    }
    expect(total).toBeLessThan(BUDGET.shapes);
    // Gzipping 101 files takes 3-4 s alone and more beside other test files: past the 5 s default.
  }, 60_000);
});
