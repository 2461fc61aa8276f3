// The solve-solomon command prints the JSON object the benchmark harness expects.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tinySolomon as instance, tinyVrplib } from './tiny-instances';

const bin = new URL('../bin/tutti-planner.js', import.meta.url).pathname;

// Each test starts node + tsx processes: seconds on a loaded machine, whatever the tiny solve.
describe('tutti-planner solve-solomon and solve-vrplib', { timeout: 30_000 }, () => {
  it('prints instance, objective, vehicles, distance and routes of customer numbers', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'planner-')), 'TINY.txt');
    writeFileSync(file, instance);
    const out = execFileSync(
      process.execPath,
      [bin, 'solve-solomon', file, '--time-limit', '1', '--objective', 'hierarchical'],
      {
        encoding: 'utf8',
      },
    );
    const result = JSON.parse(out);
    expect(Object.keys(result)).toEqual([
      'instance',
      'objective',
      'vehicles',
      'distance',
      'routes',
      'iterations',
      'seconds',
      'cpuSeconds',
      'peakRssMiB',
    ]);
    expect(result).toMatchObject({ instance: 'TINY', objective: 'hierarchical', vehicles: 2 });
    expect(result.routes.flat().sort()).toEqual([1, 2, 3]);
    expect(typeof result.distance).toBe('number');
  });

  it('solves a VRPLIB file to the same plan twice for a seed and an iteration budget, with its trajectory', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'planner-')), 'TINY.vrp');
    writeFileSync(file, tinyVrplib);
    const run = () =>
      JSON.parse(
        execFileSync(
          process.execPath,
          [
            bin,
            'solve-vrplib',
            file,
            '--iterations',
            '200',
            '--trajectory',
            '--rounding',
            'truncated',
            '--seed',
            '4',
          ],
          { encoding: 'utf8' },
        ),
      );
    const first = run();
    expect(first).toMatchObject({ instance: 'TINY_VRPLIB', iterations: 200 });
    expect(first.routes.flat().sort()).toEqual([1, 2, 3, 4]);
    expect(first.peakRssMiB).toBeGreaterThan(0);
    const last = first.trajectory.at(-1);
    expect(last[1]).toBe(200);
    expect(last[3]).toBeCloseTo(first.distance, 9);
    expect(run().routes).toEqual(first.routes);
  });

  it('exits with an error on an unknown command', () => {
    expect(() => execFileSync(process.execPath, [bin, 'solve-tsp'], { stdio: 'pipe' })).toThrow();
  });
});
