// What other modules may use from groups: the relay scope rules, the scoped lookup, and the list
// (imports resolve group names).
export { groupReaders, groupWriters, isGroupInScope, relayScopeOf } from './groups.policies';
export { listGroups } from './groups.repository';
export { findGroupInScope } from './groups.service';
