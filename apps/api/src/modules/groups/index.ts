// What the app (routes, jobs) and other modules may use from groups: the relay scope rules, the
// scoped lookup, and the list and insert imports use.

export { registerGroupShareLinkRoutes } from './group-share-links.routes';
export { readSharedGroupPage } from './group-share-links.service';
export { currentGroupShareUrl, findSharedGroup } from './group-share-reads';
export { insertImportedGroup, listGroups } from './groups.bulk';
export { isGroupInScope, relayScopeOf } from './groups.policies';
export { registerGroupRoutes } from './groups.routes';
export { findGroupInScope } from './groups.service';
export {
  findGroupSummaries,
  groupCommunesOfPartners,
  partnersRelayedBy,
  partnersWithRelays,
} from './relay-partner-reads';
