import { describe, expect, it } from 'vitest';
import { MODE_UNIT_BASIS, TRANSPORT_MODES } from '../modes';
import { ADEME_2025 } from './ademe-2025';
import { BUILT_IN_FACTOR_SETS, findFactorSet, latestFactorSet } from './registry';
import type { FactorSet } from './types';
import { validateFactorSet } from './validate';

function copyOf(set: FactorSet): Record<string, unknown> {
  return JSON.parse(JSON.stringify(set)) as Record<string, unknown>;
}

function withFactor(path: string[], value: unknown): Record<string, unknown> {
  const input = copyOf({ ...ADEME_2025, version: 'admin-2026' });
  let node = input as Record<string, unknown>;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return input;
}

function errorPaths(input: unknown, existing: string[] = []): string[] {
  const result = validateFactorSet(input, existing);
  return result.ok ? [] : result.errors.map((e) => `${e.path}:${e.code}`);
}

describe('ADEME 2025 factor set', () => {
  it('has every mode with its canonical unit basis', () => {
    for (const mode of TRANSPORT_MODES) {
      expect(ADEME_2025.factors[mode].unitBasis).toBe(MODE_UNIT_BASIS[mode]);
    }
  });

  it('matches the reference table for the modes a tour uses most', () => {
    expect(ADEME_2025.factors['car-combustion'].totalKgPerKm).toBe(0.14225);
    expect(ADEME_2025.factors['car-electric'].totalKgPerKm).toBe(0.06737);
    expect(ADEME_2025.factors.van.totalKgPerKm).toBe(0.32463);
    expect(ADEME_2025.factors['train-regional'].totalKgPerKm).toBe(0.02769);
    expect(ADEME_2025.factors['plane-short-haul'].contrailsKgPerKm).toBe(0.101);
  });

  it('passes its own validator, so administrators can start from a copy of it', () => {
    const result = validateFactorSet(copyOf(ADEME_2025));
    expect(result.ok).toBe(true);
  });
});

describe('validateFactorSet', () => {
  it('rejects a negative value with the field path', () => {
    expect(errorPaths(withFactor(['factors', 'van', 'useKgPerKm'], -0.2))).toContain(
      'factors.van.useKgPerKm:negative',
    );
  });

  it('rejects a missing mode', () => {
    expect(errorPaths(withFactor(['factors', 'coach'], undefined))).toEqual([
      'factors.coach:required',
    ]);
  });

  it('rejects an unknown mode', () => {
    expect(errorPaths(withFactor(['factors', 'rocket'], { unitBasis: 'passenger-km' }))).toEqual([
      'factors.rocket:unknown-mode',
    ]);
  });

  it('rejects a text where a number is expected', () => {
    expect(errorPaths(withFactor(['factors', 'tram', 'buildKgPerKm'], '0.1'))).toContain(
      'factors.tram.buildKgPerKm:not-a-number',
    );
  });

  it('rejects a car counted per passenger-km, which would change what occupants mean', () => {
    expect(
      errorPaths(withFactor(['factors', 'car-combustion', 'unitBasis'], 'passenger-km')),
    ).toEqual(['factors.car-combustion.unitBasis:wrong-unit-basis']);
  });

  it('rejects a total that does not match use + build + contrails', () => {
    expect(errorPaths(withFactor(['factors', 'van', 'totalKgPerKm'], 0.4))).toEqual([
      'factors.van.totalKgPerKm:inconsistent-total',
    ]);
  });

  it('accepts ADEME’s rounding of the car total (parts sum to 0.14226, total 0.14225)', () => {
    expect(errorPaths(withFactor(['factors', 'car-combustion', 'totalKgPerKm'], 0.14225))).toEqual(
      [],
    );
  });

  it('rejects a version that already exists, so no version is overwritten', () => {
    expect(
      errorPaths(withFactor(['version'], 'ademe-impactco2-2025'), ['ademe-impactco2-2025']),
    ).toEqual(['version:duplicate-version']);
  });

  it('rejects a badly written date and a missing source, all errors at once', () => {
    const input = withFactor(['publishedOn'], '12/03/2026');
    delete input.source;
    expect(errorPaths(input)).toEqual(['publishedOn:bad-date', 'source:required']);
  });

  it('rejects a negative online-video factor', () => {
    expect(errorPaths(withFactor(['onlineVideo', 'kgPerDeviceHour'], -1))).toEqual([
      'onlineVideo.kgPerDeviceHour:negative',
    ]);
  });

  it('rejects something that is not an object', () => {
    expect(errorPaths('ademe')).toEqual([':required']);
  });
});

describe('factor registry', () => {
  const newer: FactorSet = { ...ADEME_2025, version: 'admin-2026-03', publishedOn: '2026-03-01' };

  it('finds a version by id and keeps older ones', () => {
    const sets = [...BUILT_IN_FACTOR_SETS, newer];
    expect(findFactorSet(sets, 'ademe-impactco2-2025')).toBe(ADEME_2025);
    expect(findFactorSet(sets, 'nope')).toBeUndefined();
  });

  it('picks the most recently published version, partial dates included', () => {
    expect(latestFactorSet([newer, ADEME_2025]).version).toBe('admin-2026-03');
    expect(latestFactorSet().version).toBe('ademe-impactco2-2025');
  });
});
