import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixture } from './fixtures.node.js';
import { parsePriorityAreas, splitCommuneCodes } from './priority-areas';

const list = fixture('liste-quartiers-prioritaires-2024.csv');
const fileName = 'liste-quartiers-prioritaires-2024.csv';

describe('parsePriorityAreas', () => {
  it('reads the ANCT list: codes, names and every commune of a neighbourhood', () => {
    const result = parsePriorityAreas(list, { fileName });
    expect(result.ok).toBe(true);
    expect(result.layout).toBe('anct-liste-qp');
    expect(result.source).toMatchObject({ year: 2024, licence: 'Licence Ouverte 2.0' });
    expect(result.records).toEqual([
      { code: 'QN04201M', name: 'Les Hauts du Bourg', communeCodes: ['42218'] },
      { code: 'QN01341I', name: 'Les Deux Rives', communeCodes: ['13055', '13070'] },
      { code: 'QN07505Z', name: 'Porte du Canal', communeCodes: ['75119'] },
    ]);
  });

  it('reads the INSEE layout and merges a neighbourhood listed once per commune', () => {
    const text = [
      'CODEQPV;LIBQPV;CODEREG;LISTEDEPCOM;LISTELIBDEPCOM',
      'QN06099M;Quartier A;32;60057;Beauvais',
      'QN59001A;Quartier B;32;59350,59599;Lille, Roubaix',
      'QN59001A;Quartier B;32;59512;Roubaix',
    ].join('\n');
    const result = parsePriorityAreas(text, { year: 2024 });
    expect(result.layout).toBe('insee-qpv');
    expect(result.source.publisher).toBe('INSEE');
    expect(result.records.map((r) => [r.code, r.communeCodes])).toEqual([
      ['QN06099M', ['60057']],
      ['QN59001A', ['59350', '59599', '59512']],
    ]);
  });

  it('reports bad codes and missing names line by line, and keeps nothing then', () => {
    const text = [
      'code_qp;lib_qp;insee_com',
      'QN04201M;Bon;42218',
      'XX1;Mauvais code;42218',
      'QN04202M;;42218',
      'QN04203M;Commune fausse;4221',
      'QN04204M;Commune illisible;ab123',
    ].join('\r\n');
    const result = parsePriorityAreas(text, { year: 2024 });
    expect(result.ok).toBe(false);
    expect(result.errors.map((e) => [e.line, e.code])).toEqual([
      [3, 'invalidAreaCode'],
      [4, 'missingName'],
      [6, 'invalidCommuneCode'],
    ]);
    // 4221 lost its leading zero in a spreadsheet: restored, not an error.
    expect(result.records.find((r) => r.code === 'QN04203M')?.communeCodes).toEqual(['04221']);
  });

  it('refuses a file of another layout and a file without a year', () => {
    expect(parsePriorityAreas('CODGEO;DENS\n01001;6\n', { year: 2024 }).errors[0]?.code).toBe(
      'unknownLayout',
    );
    expect(parsePriorityAreas(list, { fileName: 'liste.csv' }).errors[0]?.code).toBe('missingYear');
  });

  it('splits commune lists written as spreadsheet text formulas', () => {
    expect(splitCommuneCodes('="13055;13070"')).toEqual(['13055', '13070']);
    expect(splitCommuneCodes('59350, 59599')).toEqual(['59350', '59599']);
    expect(splitCommuneCodes('')).toEqual([]);
  });

  it('either keeps every line or reports an error: never a silent partial list', () => {
    const line = fc.oneof(
      fc
        .tuple(fc.integer({ min: 1, max: 95 }), fc.integer({ min: 10, max: 99 }))
        .map(([dep, n]) => `QN0${String(dep).padStart(2, '0')}${n}A;Quartier;${dep}001`),
      fc.string({ maxLength: 12 }).map((s) => `${s.replace(/[;\r\n"]/g, '')};Nom;42218`),
    );
    fc.assert(
      fc.property(fc.array(line, { maxLength: 20 }), (lines) => {
        const result = parsePriorityAreas(['code_qp;lib_qp;insee_com', ...lines].join('\n'), {
          year: 2024,
        });
        const kept = result.records.length;
        const distinct = new Set(lines.map((l) => l.split(';')[0]?.toUpperCase())).size;
        return result.ok ? kept === distinct || lines.length === 0 : result.errors.length > 0;
      }),
    );
  });
});
