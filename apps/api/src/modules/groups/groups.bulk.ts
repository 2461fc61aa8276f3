// Groups read for other modules (imports resolve group names), inside the caller's transaction:
// the caller checks access.
import * as groups from './groups.repository';

/** A page of the organisation's groups matching `filter`. */
export function listGroups(...args: Parameters<typeof groups.listGroups>) {
  return groups.listGroups(...args);
}
