// The only place with queries on participants themselves (consents and access needs: consents.repository).
import type { AgeBand, ConsentStatus } from '@tutti/contracts';
import { consentMissingSql, type Executor, isMinorSql, schema } from '@tutti/db';
import { and, asc, count, eq, inArray, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { escapeLike } from '../../platform/text-search';
import { normaliseForSearch } from './participants.search';

const { participants, groups, attendanceMarks, participantConsents, participantAccessNeeds } =
  schema;

export type ParticipantRow = typeof participants.$inferSelect;
export type ParticipantListRow = {
  participant: ParticipantRow;
  groupName: string;
  /** The relay of the participant's group, for the relay scope. */
  relayUserId: string | null;
  consentMissing: boolean;
};

export type ParticipantFilter = {
  orgId: string;
  /** Bounds the list to the groups of this relay. */
  relayUserId?: string | undefined;
  q?: string | undefined;
  groupId?: string | undefined;
  ageBand?: AgeBand | undefined;
  consent?: ConsentStatus | undefined;
  archived: 'exclude' | 'include' | 'only';
};

function filterConditions(filter: ParticipantFilter): SQL[] {
  const conditions: SQL[] = [eq(participants.orgId, filter.orgId)];
  if (filter.relayUserId) {
    conditions.push(
      inArray(
        participants.groupId,
        sql`(select ${groups.id} from ${groups} where ${groups.relayUserId} = ${filter.relayUserId})`,
      ),
    );
  }
  const q = filter.q ? normaliseForSearch(filter.q) : '';
  // Through a function that lets the trigram index serve the substring match (migration 0016).
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    conditions.push(sql`${participants.id} in (select tutti_participants_matching(${pattern}))`);
  }
  if (filter.groupId) conditions.push(eq(participants.groupId, filter.groupId));
  if (filter.ageBand) conditions.push(eq(participants.ageBand, filter.ageBand));
  if (filter.consent === 'missing') conditions.push(consentMissingSql);
  if (filter.consent === 'not_required') conditions.push(sql`not ${isMinorSql}`);
  if (filter.consent === 'given') conditions.push(sql`${isMinorSql} and not ${consentMissingSql}`);
  if (filter.archived === 'exclude') conditions.push(isNull(participants.archivedAt));
  if (filter.archived === 'only') conditions.push(isNotNull(participants.archivedAt));
  return conditions;
}

function selectParticipants(tx: Executor) {
  return tx
    .select({
      participant: participants,
      groupName: groups.name,
      relayUserId: groups.relayUserId,
      consentMissing: consentMissingSql,
    })
    .from(participants)
    .innerJoin(groups, eq(groups.id, participants.groupId));
}

export async function listParticipants(
  tx: Executor,
  filter: ParticipantFilter,
  page: { limit: number; offset: number },
) {
  const where = and(...filterConditions(filter));
  const items = await selectParticipants(tx)
    .where(where)
    .orderBy(asc(participants.searchName), asc(participants.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(participants).where(where);
  return { items: items as ParticipantListRow[], total: total?.n ?? 0 };
}

export async function findParticipant(tx: Executor, orgId: string, participantId: string) {
  const [row] = await selectParticipants(tx).where(
    and(eq(participants.orgId, orgId), eq(participants.id, participantId)),
  );
  return (row as ParticipantListRow | undefined) ?? null;
}

export type ParticipantValues = Omit<
  typeof participants.$inferInsert,
  'id' | 'orgId' | 'createdAt' | 'updatedAt'
>;

export async function insertParticipant(tx: Executor, orgId: string, values: ParticipantValues) {
  const [row] = await tx
    .insert(participants)
    .values({ ...values, orgId })
    .returning({ id: participants.id });
  return row!.id;
}

/** Many new records in one statement (imports): the same values as `insertParticipant`'s. */
/** `id` may be given, so that what comes with them (imported consents) can point at them. */
export async function insertParticipants(
  tx: Executor,
  orgId: string,
  values: readonly (ParticipantValues & { id?: string })[],
) {
  if (values.length === 0) return;
  await tx.insert(participants).values(values.map((v) => ({ ...v, orgId })));
}

export async function updateParticipant(
  tx: Executor,
  participantId: string,
  values: Partial<ParticipantValues>,
) {
  await tx
    .update(participants)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(participants.id, participantId));
}

export async function deleteParticipant(tx: Executor, participantId: string) {
  await tx.delete(participants).where(eq(participants.id, participantId));
}

export async function countMarks(tx: Executor, participantId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(attendanceMarks)
    .where(eq(attendanceMarks.participantId, participantId));
  return row?.n ?? 0;
}

export const ANONYMOUS_FIRST_NAME = 'Anonyme';

/**
 * Removes what identifies the participants and keeps what statistics need (group, age band,
 * attendance). Access needs are deleted too, so the executor must be allowed to reach them:
 * the owner (the retention job) or a sensitive tenant transaction.
 */
export async function anonymiseParticipants(tx: Executor, participantIds: string[]) {
  if (participantIds.length === 0) return;
  const now = new Date();
  await tx
    .delete(participantConsents)
    .where(inArray(participantConsents.participantId, participantIds));
  await tx
    .delete(participantAccessNeeds)
    .where(inArray(participantAccessNeeds.participantId, participantIds));
  await tx
    .update(participants)
    .set({
      firstName: ANONYMOUS_FIRST_NAME,
      lastName: null,
      communeCode: null,
      communeName: null,
      searchName: '',
      anonymisedAt: now,
      archivedAt: sql`coalesce(${participants.archivedAt}, ${now})`,
      updatedAt: now,
    })
    .where(inArray(participants.id, participantIds));
}

/** A batch of participants whose retention date has passed, across organisations (owner only). */
export async function findExpired(tx: Executor, today: string, limit: number) {
  const rows = await tx
    .select({ id: participants.id, orgId: participants.orgId })
    .from(participants)
    .where(and(isNull(participants.anonymisedAt), sql`${participants.retainUntil} < ${today}`))
    .limit(limit)
    // Two server processes purging at once take different rows.
    .for('update', { skipLocked: true });
  return rows;
}
