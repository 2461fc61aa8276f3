import { describe, expect, it } from 'vitest';
import { checkModuleEntry } from './module-entry.mjs';
import { writeTree } from './testing/write-tree.mjs';

const api = 'apps/api/src/modules';
const web = 'apps/web/src/features';

describe('modules entered through index.ts', () => {
  it('passes API modules and web features that use each other through their index', () => {
    const root = writeTree({
      [`${api}/groups/index.ts`]: "export { findGroup } from './groups.service';\n",
      [`${api}/groups/groups.service.ts`]: "import { x } from './groups.repository';\n",
      [`${api}/venues/venues.service.ts`]: "import { findGroup } from '../groups';\n",
      [`${api}/venues/venues.routes.ts`]: "import type { G } from '../groups/index';\n",
      [`${web}/places/index.ts`]: "export { Pager } from './components/pager';\n",
      [`${web}/groups/components/list.tsx`]: "import { Pager } from '@/features/places';\n",
      [`${web}/groups/components/page.tsx`]: "import { Button } from '@/components/ui';\n",
    });
    expect(checkModuleEntry(root)).toEqual([]);
  });

  it("fails on an API import of another module's service file, naming file and import", () => {
    const root = writeTree({
      [`${api}/auth/auth.service.ts`]: 'export const signIn = 1;\n',
      [`${api}/member-invitations/member-invitations.routes.ts`]:
        "import {\n  signIn,\n} from '../auth/auth.service';\n",
    });
    expect(checkModuleEntry(root)).toEqual([
      `${api}/member-invitations/member-invitations.routes.ts: imports ../auth/auth.service (a API module enters auth through its index.ts only)`,
    ]);
  });

  it('holds tests to the same rule', () => {
    const root = writeTree({
      [`${api}/journeys/journeys.test.ts`]: "import { build } from '../sessions/factories';\n",
    });
    expect(checkModuleEntry(root)).toHaveLength(1);
  });

  it('fails on a web feature reaching inside another, by alias, relative path or side-effect import', () => {
    const root = writeTree({
      [`${web}/groups/components/a.tsx`]:
        "import { Pager } from '@/features/places/components/pager';\n",
      [`${web}/groups/components/b.tsx`]: "import { P } from '../../places/components/pager';\n",
      [`${web}/groups/components/c.tsx`]: "import '../../places/components/places.css';\n",
      [`${web}/groups/components/d.tsx`]: "const m = import('@/features/places/lazy');\n",
    });
    expect(checkModuleEntry(root).map((line) => line.split(':')[0])).toEqual([
      `${web}/groups/components/a.tsx`,
      `${web}/groups/components/b.tsx`,
      `${web}/groups/components/c.tsx`,
      `${web}/groups/components/d.tsx`,
    ]);
  });
});
