// The guardian scope of one-time links: a guardian whose address is on a consent record sees
// their children's upcoming sessions and recorded consents ("Mes enfants"), nobody else's.
import type { GuardianChildren } from '@tutti/contracts';
import type { GuestActor, GuestScopeDefinition } from '../../platform/guest-access';
import { findUpcomingSessionsOfGroups } from '../sessions';
import { type ConsentRow, listConsents } from './consents.repository';
import { findChildrenOfGuardian, isKnownGuardian } from './guardian-space.repository';

export const guardianScope: GuestScopeDefinition = {
  scope: 'guardian',
  knows: (tx, address) => isKnownGuardian(tx, address),
  landingPath: '/p/_/mes-enfants',
  purpose: {
    fr: 'voir les prochaines séances de vos enfants et les consentements enregistrés',
    en: "see your children's upcoming sessions and the consents on record",
    de: 'die nächsten Termine Ihrer Kinder und die erfassten Einwilligungen zu sehen',
  },
};

export async function readGuardianChildren({
  guest,
}: {
  guest: GuestActor;
}): Promise<GuardianChildren> {
  return guest.inTenant(async (tx) => {
    const children = await findChildrenOfGuardian(tx, guest.address);
    const groupIds = [...new Set(children.map((child) => child.groupId))];
    const upcoming = await findUpcomingSessionsOfGroups(tx, groupIds, 60);
    const consentLists: ConsentRow[][] = [];
    // One query after the other: a transaction answers one at a time.
    for (const child of children) consentLists.push(await listConsents(tx, child.id));
    return {
      organisation: { name: guest.organisationName },
      children: children.map((child, index) => ({
        firstName: child.firstName,
        group: { name: child.groupName },
        consents: consentLists[index]!.map((consent) => ({
          givenOn: consent.givenOn,
          method: consent.method,
          purposes: consent.purposes,
          withdrawnOn: consent.withdrawnOn,
        })),
        upcomingSessions: upcoming
          .filter((entry) => entry.groupIds.includes(child.groupId))
          .map((entry) => entry.session),
      })),
    };
  });
}
