import { describe, expect, it } from 'vitest';
import { parseFacilities } from './facilities';
import { classifyFacility } from './facility-kind';
import { fixture } from './fixtures.node.js';

const basilic = fixture('base-des-lieux-et-des-equipements-culturels.csv');

describe('parseFacilities (Basilic export)', () => {
  const result = parseFacilities(basilic, { year: 2024 });

  it('reads every facility and classifies the music ones', () => {
    expect(result.ok).toBe(true);
    expect(result.source).toMatchObject({
      publisher: 'Ministère de la Culture (DEPS)',
      year: 2024,
    });
    expect(result.records.map((f) => [f.id, f.kind, f.hostsLiveMusic])).toEqual([
      ['B-0001', 'conservatory', true],
      ['B-0002', 'concert-hall', true],
      ['B-0003', 'performing-arts-stage', true],
      ['B-0004', 'other', false],
      ['B-0005', 'music-school', true],
    ]);
  });

  it('reads decimal commas, the combined "lat, lon" column and the QPV id', () => {
    expect(result.records[0]?.location).toEqual({ lat: 45.4372, lon: 4.3887 });
    expect(result.records[1]?.location).toEqual({ lat: 45.4535, lon: 4.3911 });
    expect(result.records[1]?.priorityNeighbourhoodId).toBe('QN04201M');
  });

  it('keeps quoted names with separators and quotes, and warns when a position is missing', () => {
    expect(result.records[2]?.name).toBe('Théâtre "Le Sémaphore"; salle municipale');
    expect(result.records[2]?.location).toBeNull();
    expect(result.warnings.map((w) => [w.line, w.code])).toEqual([[4, 'noCoordinates']]);
  });

  it('reports invalid codes and positions by line and keeps nothing', () => {
    const lines = basilic.trim().split('\n');
    const broken = [
      lines[0],
      lines[1]?.replace(';42218;', ';4X218;'),
      lines[4]?.replace('45.4406', '95.1'),
    ];
    const bad = parseFacilities(broken.join('\n'), { year: 2024 });
    expect(bad.ok).toBe(false);
    expect(bad.errors.map((e) => [e.line, e.code])).toEqual([
      [2, 'invalidCommuneCode'],
      [3, 'invalidCoordinates'],
    ]);
  });
});

describe('classifyFacility', () => {
  it('recognises labels and names in any case or accent', () => {
    expect(classifyFacility({ type: 'Scène', labels: ['SCÈNE DE MUSIQUES ACTUELLES'] })).toBe(
      'concert-hall',
    );
    expect(classifyFacility({ type: 'Opéra', labels: ['Opéra national en région'] })).toBe('opera');
    expect(classifyFacility({ type: 'Bibliothèque', domain: 'Livre et lecture' })).toBe('other');
    expect(classifyFacility({ type: 'Cinéma', domain: 'Cinéma' })).toBe('other');
    expect(
      classifyFacility({ type: 'Scène', domain: 'Arts du spectacle', subdomain: 'Danse' }),
    ).toBe('performing-arts-stage');
  });
});
