import { describe, expect, it } from 'vitest';
import { checkModuleCycles, findCycles } from './module-cycles.mjs';
import { writeTree } from './testing/write-tree.mjs';

const api = 'apps/api/src/modules';
const web = 'apps/web/src/features';

describe('no circle between modules', () => {
  it('passes modules that depend on each other in one direction', () => {
    const root = writeTree({
      [`${api}/groups/index.ts`]: "export { g } from './groups.service';\n",
      [`${api}/participants/participants.service.ts`]: "import { g } from '../groups';\n",
      [`${api}/imports/imports.service.ts`]:
        "import { g } from '../groups';\nimport { p } from '../participants';\n",
    });
    expect(checkModuleCycles(root)).toEqual([]);
  });

  it('fails on two API modules importing each other and prints the circle', () => {
    const root = writeTree({
      [`${api}/groups/groups.service.ts`]: "import { p } from '../participants';\n",
      [`${api}/participants/participants.service.ts`]: "import type { G } from '../groups';\n",
    });
    expect(checkModuleCycles(root)).toEqual([
      `${api}: API modules import each other in a circle: groups -> participants -> groups`,
    ]);
  });

  it('finds a longer web circle through the alias and names the modules tangled with it', () => {
    const root = writeTree({
      [`${web}/journeys/a.tsx`]: "import { x } from '@/features/projects';\n",
      [`${web}/projects/a.tsx`]: "import { y } from '@/features/tours';\n",
      [`${web}/tours/a.tsx`]: "import { z } from '@/features/journeys';\n",
      [`${web}/carbon/a.tsx`]: "import { z } from '@/features/tours';\n",
      [`${web}/projects/b.tsx`]: "import { z } from '@/features/carbon';\n",
    });
    expect(checkModuleCycles(root)).toEqual([
      `${web}: web features import each other in a circle: carbon -> tours -> journeys -> projects -> carbon`,
    ]);
  });

  it('names the modules tangled in the same knot beyond the printed circle', () => {
    const root = writeTree({
      [`${web}/groups/a.tsx`]: "import { x } from '@/features/participants';\n",
      [`${web}/participants/a.tsx`]: "import { y } from '@/features/groups';\n",
      [`${web}/imports/a.tsx`]: "import { z } from '@/features/participants';\n",
      [`${web}/participants/b.tsx`]: "import { z } from '@/features/imports';\n",
    });
    expect(checkModuleCycles(root)).toEqual([
      `${web}: web features import each other in a circle: groups -> participants -> groups (tangled with imports too)`,
    ]);
  });

  it('leaves tests out of the graph', () => {
    const root = writeTree({
      [`${api}/groups/groups.test.ts`]: "import { p } from '../participants';\n",
      [`${api}/participants/participants.service.ts`]: "import { g } from '../groups';\n",
    });
    expect(checkModuleCycles(root)).toEqual([]);
  });

  it('reports each knot once, starting from its first module', () => {
    const graph = new Map([
      ['a', new Set(['b'])],
      ['b', new Set(['c'])],
      ['c', new Set(['a', 'd'])],
      ['d', new Set(['d'])],
      ['e', new Set(['a'])],
    ]);
    expect(findCycles(graph)).toEqual([
      { circle: ['d', 'd'], members: ['d'] },
      { circle: ['a', 'b', 'c', 'a'], members: ['a', 'b', 'c'] },
    ]);
  });
});
