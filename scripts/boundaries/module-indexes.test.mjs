import { describe, expect, it } from 'vitest';
import { checkModuleIndexes } from './module-indexes.mjs';
import { writeTree } from './testing/write-tree.mjs';

describe('every module has an index.ts', () => {
  it('passes when each API module and web feature has one', () => {
    const root = writeTree({
      'apps/api/src/modules/members/index.ts': "export { registerMemberRoutes } from './routes';\n",
      'apps/web/src/features/members/index.ts': "export { membersModule } from './module';\n",
    });
    expect(checkModuleIndexes(root)).toEqual([]);
  });

  it('fails on a module folder without one', () => {
    const root = writeTree({
      'apps/api/src/modules/members/members.routes.ts': 'export const routes = 1;\n',
    });
    expect(checkModuleIndexes(root)).toEqual([
      'apps/api/src/modules/members: no index.ts (each API module lists what others may use)',
    ]);
  });
});
