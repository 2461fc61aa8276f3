import { describe, expect, it } from 'vitest';
import { parseDensityGrid } from './density-grid';
import { fixture } from './fixtures.node.js';

const grid = fixture('grille_densite_7_niveaux_2024.csv');

describe('parseDensityGrid', () => {
  it('skips the title lines of the workbook and reads the 7 levels', () => {
    const result = parseDensityGrid(grid, { fileName: 'grille_densite_7_niveaux_2024.csv' });
    expect(result.ok).toBe(true);
    expect(result.source).toMatchObject({ publisher: 'INSEE', year: 2024 });
    expect(result.records).toEqual([
      { code: '01001', densityClass: 6, label: 'Rural à habitat dispersé' },
      { code: '42218', densityClass: 2, label: 'Centres urbains intermédiaires' },
      { code: '48094', densityClass: 4, label: 'Petites villes' },
    ]);
  });

  it('restores leading zeros that a spreadsheet dropped', () => {
    const result = parseDensityGrid('CODGEO;DENS\n1001;6\n', { year: 2024 });
    expect(result.records[0]?.code).toBe('01001');
  });

  it('reports out-of-range levels with their line numbers', () => {
    const result = parseDensityGrid('CODGEO,DENS\n01001,8\n42218,2\n48094,x\n', { year: 2024 });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.line, e.code, e.value])).toEqual([
      [2, 'invalidDensityClass', '8'],
      [4, 'invalidDensityClass', 'x'],
    ]);
  });

  it('refuses the former 4-level grid, whose levels mean something else', () => {
    const old = 'CODGEO;LIBGEO;DENS;LIBDENS\n01001;X;4;Communes très peu denses\n';
    expect(parseDensityGrid(old, { year: 2020 }).errors[0]?.code).toBe('invalidDensityClass');
  });

  it('fails on a file without a DENS column', () => {
    expect(parseDensityGrid('CODGEO;LIBGEO\n01001;X\n', { year: 2024 }).errors[0]?.code).toBe(
      'missingColumn',
    );
  });
});
