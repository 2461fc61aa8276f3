import { describe, expect, it } from 'vitest';
import { checkIndexRepositories } from './index-repositories.mjs';
import { writeTree } from './testing/write-tree.mjs';

const index = 'apps/api/src/modules/venues/index.ts';

describe('no repository in an index.ts', () => {
  it('passes an index of services, presenters and repository row types', () => {
    const root = writeTree({
      [index]: [
        "export { listVenues } from './venues.service';",
        "export { presentVenue } from './venues.presenter';",
        "export type { VenueRow } from './venues.repository';",
        "export { type VenueSlot, type VenueRow as Row } from './venues.repository';",
        "import type { Hall } from './halls.repository';",
        'export type { Hall };',
      ].join('\n'),
    });
    expect(checkIndexRepositories(root)).toEqual([]);
  });

  it('fails on a repository function named in an export', () => {
    const root = writeTree({
      [index]: "export { insertVenue, type VenueRow } from './venues.repository';\n",
    });
    expect(checkIndexRepositories(root)).toEqual([
      `${index}: exports from ./venues.repository (other modules use services, not repositories)`,
    ]);
  });

  it('fails on export * and export * as, from a repository', () => {
    const root = writeTree({
      [index]:
        "export * from './venues.repository';\nexport * as halls from './halls.repository';\n",
    });
    expect(checkIndexRepositories(root)).toHaveLength(2);
  });

  it('fails on a name imported from a repository and exported again', () => {
    const root = writeTree({
      [index]: [
        "import { insertVenue as insert, type VenueRow } from './venues.repository';",
        "import * as halls from './halls.repository';",
        'export { insert as addVenue, halls };',
      ].join('\n'),
    });
    expect(checkIndexRepositories(root)).toEqual([
      `${index}: exports insert, from a repository (other modules use services, not repositories)`,
      `${index}: exports halls, from a repository (other modules use services, not repositories)`,
    ]);
  });
});
