// Where participants stand for one use of their image or voice, read inside the caller's
// transaction (the journey space asks it before showing a recording). The caller checks access.
import { type ConsentPurpose, type ConsentStanding, isMinorAgeBand } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { inArray, sql } from 'drizzle-orm';

const { participants, participantConsents, groups } = schema;

export type ParticipantConsentStanding = {
  id: string;
  firstName: string;
  group: string;
  isMinor: boolean;
  /** Per purpose asked for. */
  standing: Record<ConsentPurpose, ConsentStanding>;
};

/**
 * For each participant, whether a consent that covers each purpose is current (`given`), was
 * only ever withdrawn (`withdrawn`), never recorded (`missing`), or the person was anonymised.
 * A minor's consent is the guardian's; an adult's their own: the same records.
 */
export async function consentStandings(
  tx: Executor,
  participantIds: readonly string[],
  purposes: readonly ConsentPurpose[],
): Promise<Map<string, ParticipantConsentStanding>> {
  const found = new Map<string, ParticipantConsentStanding>();
  if (participantIds.length === 0 || purposes.length === 0) return found;
  const rows = await tx
    .select({
      id: participants.id,
      firstName: participants.firstName,
      group: groups.name,
      ageBand: participants.ageBand,
      anonymised: sql<boolean>`${participants.anonymisedAt} is not null`,
      current: sql<
        ConsentPurpose[]
      >`coalesce((select array_agg(distinct p) from ${participantConsents} c, unnest(c.purposes) p where c.participant_id = ${participants.id} and c.withdrawn_on is null), '{}')`,
      withdrawn: sql<
        ConsentPurpose[]
      >`coalesce((select array_agg(distinct p) from ${participantConsents} c, unnest(c.purposes) p where c.participant_id = ${participants.id} and c.withdrawn_on is not null), '{}')`,
    })
    .from(participants)
    .innerJoin(groups, sql`${groups.id} = ${participants.groupId}`)
    .where(inArray(participants.id, [...participantIds]));
  for (const row of rows) {
    const standing = {} as Record<ConsentPurpose, ConsentStanding>;
    for (const purpose of purposes) {
      standing[purpose] = row.anonymised
        ? 'anonymised'
        : row.current.includes(purpose)
          ? 'given'
          : row.withdrawn.includes(purpose)
            ? 'withdrawn'
            : 'missing';
    }
    found.set(row.id, {
      id: row.id,
      firstName: row.firstName,
      group: row.group,
      isMinor: isMinorAgeBand(row.ageBand),
      standing,
    });
  }
  return found;
}
