// Who sees which groups: everyone who reads groups sees them all, except relays, who see their own.
import type { OrgActor } from '../../platform/auth/request-auth';

/** The relay whose groups bound what `actor` sees, or undefined when not bounded. */
export function relayScopeOf(actor: OrgActor): string | undefined {
  return actor.role === 'relay' ? actor.userId : undefined;
}

/** A relay reaches only their own groups; anything else is "not found" to them. */
export function isGroupInScope(actor: OrgActor, group: { relayUserId: string | null }) {
  const relay = relayScopeOf(actor);
  return relay === undefined || group.relayUserId === relay;
}
