// The organisation of the page being shown (from `/o/$orgId`) and the viewer's role in it.

import { useParams } from '@tanstack/react-router';
import type { Me, Membership } from '@tutti/contracts';
import { useMe } from '@/features/auth';

export function useCurrentOrgOrNull(): Membership | null {
  const { orgId } = useParams({ strict: false });
  const me = useMe().data;
  return me?.memberships.find((membership) => membership.orgId === orgId) ?? null;
}

/** For pages under `/o/$orgId`, whose layout has already checked the membership. */
export function useCurrentOrg(): Membership {
  const membership = useCurrentOrgOrNull();
  if (!membership) throw new Error('useCurrentOrg is only for pages inside an organisation');
  return membership;
}

const LAST_ORG_KEY = 'tutti.lastOrg';

export function rememberOrg(orgId: string) {
  try {
    localStorage.setItem(LAST_ORG_KEY, orgId);
  } catch {
    // Without storage the first organisation is opened next time; nothing else depends on it.
  }
}

/** Where to land after signing in: the organisation used last, else the first one. */
export function preferredOrgId(me: Me): string | null {
  let last: string | null = null;
  try {
    last = localStorage.getItem(LAST_ORG_KEY);
  } catch {
    last = null;
  }
  const memberships = me.memberships;
  return (memberships.find((m) => m.orgId === last) ?? memberships[0])?.orgId ?? null;
}
