// Queries of the guardian space: the children whose consent records name a guardian's address.
import { type Executor, schema } from '@tutti/db';
import { and, asc, eq, exists, isNull } from 'drizzle-orm';
import type { GuestAddress } from '../../platform/guest-access';

const { participants, participantConsents, groups } = schema;

function namesGuardian(address: GuestAddress) {
  return address.channel === 'email'
    ? eq(participantConsents.guardianEmail, address.value)
    : eq(participantConsents.guardianPhone, address.value);
}

const current = and(isNull(participants.archivedAt), isNull(participants.anonymisedAt));

/** The current children of the guardian at `address`, by first name. */
export async function findChildrenOfGuardian(tx: Executor, address: GuestAddress) {
  return tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      groupId: groups.id,
      groupName: groups.name,
    })
    .from(participants)
    .innerJoin(groups, eq(groups.id, participants.groupId))
    .where(
      and(
        current,
        exists(
          tx
            .select({ one: participantConsents.id })
            .from(participantConsents)
            .where(
              and(eq(participantConsents.participantId, participants.id), namesGuardian(address)),
            ),
        ),
      ),
    )
    .orderBy(asc(participants.firstName), asc(participants.id));
}

export async function isKnownGuardian(tx: Executor, address: GuestAddress) {
  const [row] = await tx
    .select({ id: participantConsents.id })
    .from(participantConsents)
    .innerJoin(participants, eq(participants.id, participantConsents.participantId))
    .where(and(namesGuardian(address), current))
    .limit(1);
  return row !== undefined;
}
