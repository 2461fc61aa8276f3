import { describe, expect, it } from 'vitest';
import { writeTree } from './testing/write-tree.mjs';
import { checkTestingImports } from './testing-imports.mjs';

const src = 'apps/api/src';

describe('test helpers stay out of production', () => {
  it('lets tests and the testing folder use test helpers', () => {
    const root = writeTree({
      [`${src}/testing/test-app.ts`]: "import { app } from '../app';\n",
      [`${src}/testing/factories.ts`]: "import type { TestApp } from './test-app';\n",
      [`${src}/modules/venues/venues.test.ts`]:
        "import { build } from '../../testing/factories';\n",
      [`${src}/modules/venues/venues.service.ts`]:
        "import { db } from '../../platform/database';\n",
    });
    expect(checkTestingImports(root)).toEqual([]);
  });

  it('fails on a production file importing from src/testing', () => {
    const root = writeTree({
      [`${src}/modules/sessions/programme.factories.ts`]:
        "import type { TestApp } from '../../testing/test-app';\n",
    });
    expect(checkTestingImports(root)).toEqual([
      `${src}/modules/sessions/programme.factories.ts: imports ../../testing/test-app (production code never uses test helpers)`,
    ]);
  });
});
