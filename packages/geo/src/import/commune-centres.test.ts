import { describe, expect, it } from 'vitest';
import { parseCommuneCentres } from './commune-centres';
import { fixture } from './fixtures.node.js';

const communesFrance = fixture('communes-france-2025.csv');

describe('parseCommuneCentres, data.gouv "communes-france" layout', () => {
  const result = parseCommuneCentres(communesFrance, { fileName: 'communes-france-2025.csv' });

  it('reads centre, area, population, density class and postal codes, and records the source', () => {
    expect(result.ok).toBe(true);
    expect(result.layout).toBe('communes-france');
    expect(result.source).toMatchObject({ year: 2025, licence: 'Licence Ouverte 2.0' });
    expect(result.records[1]).toEqual({
      code: '42218',
      name: 'Saint-Étienne',
      centre: { lat: 45.4269, lon: 4.3557 },
      centreKind: 'official-centre',
      areaKm2: 80,
      population: 173136,
      densityClass: 2,
      postalCodes: ['42000', '42100', '42230'],
    });
  });

  it('skips municipal arrondissements (folded into Paris, Lyon, Marseille)', () => {
    expect(result.linesRead).toBe(3);
    expect(result.records.map((r) => r.code)).toEqual(['01001', '42218']);
  });

  it('accepts a UTF-8 BOM and CRLF line ends', () => {
    const withBom = `\uFEFF${communesFrance.replace(/\n/g, '\r\n')}`;
    expect(parseCommuneCentres(withBom, { year: 2025 }).records).toEqual(result.records);
  });

  it('reports bad lines by line number and applies nothing', () => {
    const lines = communesFrance.trim().split('\n');
    const broken = [
      lines[0],
      lines[1]?.replace('01001,', '1A001,'),
      lines[2]?.replace(',45.4269,', ',quarante,'),
    ].join('\n');
    const bad = parseCommuneCentres(broken, { year: 2025 });
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'invalidCommuneCode'],
      [3, 'invalidNumber'],
    ]);
  });

  it('falls back on the town hall when no centre is given', () => {
    const lines = communesFrance.trim().split('\n');
    const noCentre = [lines[0], lines[1]?.replace(',46.156,4.922,', ',,,')].join('\n');
    const record = parseCommuneCentres(noCentre, { year: 2025 }).records[0];
    expect(record?.centre).toEqual({ lat: 46.153, lon: 4.926 });
    expect(record?.centreKind).toBe('official-town-hall');
  });

  it('refuses a file without a known header or without a year', () => {
    expect(parseCommuneCentres('a,b\n1,2', { year: 2025 }).errors[0]?.code).toBe('unknownLayout');
    expect(parseCommuneCentres(communesFrance, { fileName: 'communes.csv' }).errors[0]?.code).toBe(
      'missingYear',
    );
  });
});

describe('parseCommuneCentres, La Poste "laposte_hexasmal" layout', () => {
  // The file is often saved from a spreadsheet in Windows-1252: the caller decodes it.
  const bytes = Buffer.from(fixture('laposte_hexasmal.csv'), 'latin1');
  const text = new TextDecoder('windows-1252').decode(bytes);
  const result = parseCommuneCentres(text, { year: 2024 });

  it('groups lines by commune and collects its postal codes', () => {
    expect(result.layout).toBe('laposte-hexasmal');
    expect(result.records.map((r) => [r.code, r.postalCodes])).toEqual([
      ['48094', ['48000']],
      ['49092', ['49120', '49310']],
      ['97411', ['97400']],
    ]);
  });

  it("prefers the position of the commune's own line over a hamlet's (Ligne_5)", () => {
    expect(result.records[1]?.centre).toEqual({ lat: 47.2117, lon: -0.7262 });
    expect(result.records[2]?.centre).toEqual({ lat: -20.9331, lon: 55.4471 });
  });
});
