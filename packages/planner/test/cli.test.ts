// The solve-solomon command prints the JSON object the benchmark harness expects.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../bin/tutti-planner.js', import.meta.url).pathname;
const instance = [
  'TINY',
  '',
  'VEHICLE',
  'NUMBER     CAPACITY',
  '  3         20',
  '',
  'CUSTOMER',
  'CUST NO.  XCOORD.   YCOORD.    DEMAND   READY TIME  DUE DATE   SERVICE   TIME',
  '    0      0          0          0          0       200          0',
  '    1      3          4         10          0        50         5',
  '    2      6          8         10         10        80         5',
  '    3      0         10          5         60       120         5',
].join('\r\n');

describe('tutti-planner solve-solomon', () => {
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
    ]);
    expect(result).toMatchObject({ instance: 'TINY', objective: 'hierarchical', vehicles: 2 });
    expect(result.routes.flat().sort()).toEqual([1, 2, 3]);
    expect(typeof result.distance).toBe('number');
  });

  it('exits with an error on an unknown command', () => {
    expect(() => execFileSync(process.execPath, [bin, 'solve-tsp'], { stdio: 'pipe' })).toThrow();
  });
});
