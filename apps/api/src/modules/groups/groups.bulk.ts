// Groups read and written for other modules (imports resolve group names and create the groups a
// file names), inside the caller's transaction: the caller checks access.
import type { GroupKind } from '@tutti/contracts';
import * as groups from './groups.repository';

/** A page of the organisation's groups matching `filter`. */
export function listGroups(...args: Parameters<typeof groups.listGroups>) {
  return groups.listGroups(...args);
}

/** Adds a group listing its members (a class, a wing of a nursing home) named by an imported file. */
export function insertImportedGroup(
  tx: Parameters<typeof groups.insertGroup>[0],
  orgId: string,
  values: { name: string; kind: GroupKind },
) {
  return groups.insertGroup(tx, orgId, { ...values, listedIndividually: true });
}
