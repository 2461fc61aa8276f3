import { describe, expect, it } from 'vitest';
import { checkPurePackages } from './pure-packages.mjs';
import { writeTree } from './testing/write-tree.mjs';

describe('pure packages', () => {
  it('passes a pure package that reads files only in its CLI and tests', () => {
    const root = writeTree({
      'packages/geo/src/distance.ts': "import { z } from 'zod';\n",
      'packages/geo/src/cli/load.ts': "import { readFileSync } from 'node:fs';\n",
      'packages/geo/src/distance.test.ts': "import { readFileSync } from 'node:fs';\n",
    });
    expect(checkPurePackages(root)).toEqual([]);
  });

  it('fails on an import from an app and on I/O in library code', () => {
    const root = writeTree({
      'packages/planner/src/plan.ts':
        "import { x } from '@tutti/api';\nimport { readFile } from 'node:fs/promises';\n",
    });
    expect(checkPurePackages(root)).toHaveLength(2);
  });
});
