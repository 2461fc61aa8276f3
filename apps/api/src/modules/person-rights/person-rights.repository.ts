// The only place with queries on the requests log, and the reads and deletions a person's
// rights need across the tables that refer to a participant or to their guardians' addresses
// (attendance, surveys, guest links, outgoing mail). Every function runs inside the caller's
// tenant transaction, so row-level security keeps each organisation's rows apart.
import type { RightsRequestListQuery, RightsRequestState } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import {
  and,
  asc,
  count,
  desc,
  eq,
  inArray,
  isNotNull,
  isNull,
  or,
  type SQL,
  sql,
} from 'drizzle-orm';

const {
  personRightsRequests: requests,
  participants,
  participantConsents,
  participantAccessNeeds,
  groups,
  partners,
  organisations,
  users,
  memberships,
  attendanceMarks,
  attendanceOperations,
  sessions,
  surveys,
  surveyPseudonyms,
  surveyResponses,
  guestAccessLinks,
  guestAccesses,
  outboxMessages,
} = schema;

export type RequestRow = typeof requests.$inferSelect;

// ---- the requests log ------------------------------------------------------------------------

function stateFilter(state: RightsRequestState | undefined, today: string): SQL | undefined {
  if (state === 'answered') return isNotNull(requests.answeredOn);
  if (state === 'overdue')
    return and(isNull(requests.answeredOn), sql`${requests.dueOn} < ${today}`);
  if (state === 'open') return and(isNull(requests.answeredOn), sql`${requests.dueOn} >= ${today}`);
  return undefined;
}

/** Requests with the person's name as held now and the receiving member's name. */
function requestsWithPeople(tx: Executor) {
  return tx
    .select({
      request: requests,
      firstName: participants.firstName,
      lastName: participants.lastName,
      anonymisedAt: participants.anonymisedAt,
      receiverName: users.displayName,
    })
    .from(requests)
    .leftJoin(participants, eq(participants.id, requests.participantId))
    .leftJoin(users, eq(users.id, requests.receivedBy));
}

export async function listRequests(
  tx: Executor,
  orgId: string,
  query: RightsRequestListQuery,
  today: string,
) {
  const where = and(
    eq(requests.orgId, orgId),
    stateFilter(query.state, today),
    query.participantId ? eq(requests.participantId, query.participantId) : undefined,
  );
  const rows = await requestsWithPeople(tx)
    .where(where)
    // Open requests first, soonest due first; answered ones after, latest answered first.
    .orderBy(
      sql`(${requests.answeredOn} is not null)`,
      sql`case when ${requests.answeredOn} is null then ${requests.dueOn} end asc`,
      desc(requests.answeredOn),
      asc(requests.id),
    )
    .limit(query.limit)
    .offset(query.offset);
  const [total] = await tx.select({ n: count() }).from(requests).where(where);
  return { rows, total: total?.n ?? 0 };
}

export async function findRequest(tx: Executor, orgId: string, requestId: string) {
  const [row] = await requestsWithPeople(tx).where(
    and(eq(requests.orgId, orgId), eq(requests.id, requestId)),
  );
  return row ?? null;
}

export async function insertRequest(tx: Executor, values: typeof requests.$inferInsert) {
  const [row] = await tx.insert(requests).values(values).returning({ id: requests.id });
  return row!.id;
}

export async function updateRequest(
  tx: Executor,
  requestId: string,
  values: Partial<Pick<RequestRow, 'answeredOn' | 'outcome' | 'note'>>,
) {
  await tx
    .update(requests)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(requests.id, requestId));
}

export async function isMember(tx: Executor, orgId: string, userId: string) {
  const [row] = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.orgId, orgId), eq(memberships.userId, userId)));
  return row !== undefined;
}

export function requestsOfPerson(tx: Executor, participantId: string) {
  return tx
    .select()
    .from(requests)
    .where(eq(requests.participantId, participantId))
    .orderBy(asc(requests.receivedOn), asc(requests.createdAt));
}

export async function clearRequestNotes(tx: Executor, participantId: string) {
  const cleared = await tx
    .update(requests)
    .set({ note: null, updatedAt: new Date() })
    .where(and(eq(requests.participantId, participantId), isNotNull(requests.note)))
    .returning({ id: requests.id });
  return cleared.length;
}

// ---- what is held about a person -------------------------------------------------------------

/** The participant with their group, locked for the erasure that may follow. */
export async function findPerson(tx: Executor, orgId: string, participantId: string, lock = false) {
  const query = tx
    .select({ person: participants, group: groups, partnerName: partners.name })
    .from(participants)
    .innerJoin(groups, eq(groups.id, participants.groupId))
    .leftJoin(partners, eq(partners.id, groups.partnerId))
    .where(and(eq(participants.orgId, orgId), eq(participants.id, participantId)));
  const [row] = lock ? await query.for('update', { of: participants }) : await query;
  return row ?? null;
}

export async function organisationName(tx: Executor, orgId: string) {
  const [row] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.name ?? '';
}

export function consentsOf(tx: Executor, participantId: string) {
  return tx
    .select()
    .from(participantConsents)
    .where(eq(participantConsents.participantId, participantId))
    .orderBy(asc(participantConsents.givenOn), asc(participantConsents.createdAt));
}

/** Only inside a sensitive transaction; elsewhere the table shows no row. */
export async function accessNeedsOf(tx: Executor, participantId: string) {
  const [row] = await tx
    .select({ needs: participantAccessNeeds.needs, updatedAt: participantAccessNeeds.updatedAt })
    .from(participantAccessNeeds)
    .where(eq(participantAccessNeeds.participantId, participantId));
  return row ?? null;
}

export function attendanceOf(tx: Executor, participantId: string) {
  return tx
    .select({
      sessionId: sessions.id,
      title: sessions.title,
      kind: sessions.kind,
      startsAt: sessions.startsAt,
      timeZone: sessions.timeZone,
      status: attendanceMarks.status,
      recordedAt: attendanceMarks.recordedAt,
    })
    .from(attendanceMarks)
    .innerJoin(sessions, eq(sessions.id, attendanceMarks.sessionId))
    .where(eq(attendanceMarks.participantId, participantId))
    .orderBy(asc(sessions.startsAt), asc(sessions.id));
}

export function attendanceLogOf(tx: Executor, participantId: string) {
  return tx
    .select()
    .from(attendanceOperations)
    .where(eq(attendanceOperations.participantId, participantId))
    .orderBy(asc(attendanceOperations.recordedAt), asc(attendanceOperations.opId));
}

export function surveyLinksOf(tx: Executor, participantId: string) {
  return tx
    .select({
      surveyId: surveys.id,
      title: surveys.title,
      questions: surveys.questions,
      pseudonym: surveyPseudonyms.pseudonym,
    })
    .from(surveyPseudonyms)
    .innerJoin(surveys, eq(surveys.id, surveyPseudonyms.surveyId))
    .where(eq(surveyPseudonyms.participantId, participantId))
    .orderBy(asc(surveys.createdAt), asc(surveys.id));
}

export function surveyAnswersOf(tx: Executor, keys: { surveyId: string; pseudonym: string }[]) {
  if (keys.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(surveyResponses)
    .where(
      sql`(${surveyResponses.surveyId}, ${surveyResponses.respondentKey}) in (${sql.join(
        keys.map((k) => sql`(${k.surveyId}::uuid, ${k.pseudonym})`),
        sql`, `,
      )})`,
    )
    .orderBy(asc(surveyResponses.createdAt));
}

export function guestLinksTo(tx: Executor, addresses: string[]) {
  if (addresses.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(guestAccessLinks)
    .where(inArray(guestAccessLinks.subject, addresses))
    .orderBy(asc(guestAccessLinks.createdAt));
}

export function guestAccessesOf(tx: Executor, addresses: string[]) {
  if (addresses.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(guestAccesses)
    .where(inArray(guestAccesses.subject, addresses))
    .orderBy(asc(guestAccesses.createdAt));
}

export function messagesTo(tx: Executor, orgId: string, addresses: string[]) {
  if (addresses.length === 0) return Promise.resolve([]);
  return tx
    .select({
      kind: outboxMessages.kind,
      channel: outboxMessages.channel,
      toAddress: outboxMessages.toAddress,
      subject: outboxMessages.subject,
      status: outboxMessages.status,
      createdAt: outboxMessages.createdAt,
      sentAt: outboxMessages.sentAt,
    })
    .from(outboxMessages)
    .where(and(eq(outboxMessages.orgId, orgId), inArray(outboxMessages.toAddress, addresses)))
    .orderBy(asc(outboxMessages.createdAt));
}

/** Guardian addresses of `addresses` that another participant's consent still carries. */
export async function addressesOfOtherChildren(
  tx: Executor,
  participantId: string,
  addresses: string[],
) {
  if (addresses.length === 0) return new Set<string>();
  const rows = await tx
    .select({ email: participantConsents.guardianEmail, phone: participantConsents.guardianPhone })
    .from(participantConsents)
    .where(
      and(
        sql`${participantConsents.participantId} <> ${participantId}`,
        sql`(${inArray(participantConsents.guardianEmail, addresses)} or ${inArray(
          participantConsents.guardianPhone,
          addresses,
        )})`,
      ),
    );
  return new Set(rows.flatMap((row) => [row.email, row.phone]).filter((a) => a !== null));
}

/** Whether a participant's consent carries this address (a guardian's). */
export async function isGuardianAddress(tx: Executor, address: string) {
  const [row] = await tx
    .select({ id: participantConsents.id })
    .from(participantConsents)
    .where(
      or(
        eq(participantConsents.guardianEmail, address),
        eq(participantConsents.guardianPhone, address),
      ),
    )
    .limit(1);
  return row !== undefined;
}

// ---- erasure ---------------------------------------------------------------------------------

export async function deleteSurveyLinks(tx: Executor, participantId: string) {
  const rows = await tx
    .delete(surveyPseudonyms)
    .where(eq(surveyPseudonyms.participantId, participantId))
    .returning({ surveyId: surveyPseudonyms.surveyId });
  return rows.length;
}

/** One-time links and the accesses they opened for these addresses, and the mail sent to them. */
export async function deleteAddressTraces(tx: Executor, orgId: string, addresses: string[]) {
  if (addresses.length === 0) return { guestLinks: 0, messages: 0 };
  const accesses = await tx
    .delete(guestAccesses)
    .where(inArray(guestAccesses.subject, addresses))
    .returning({ id: guestAccesses.id });
  const links = await tx
    .delete(guestAccessLinks)
    .where(inArray(guestAccessLinks.subject, addresses))
    .returning({ id: guestAccessLinks.id });
  const messages = await tx
    .delete(outboxMessages)
    .where(and(eq(outboxMessages.orgId, orgId), inArray(outboxMessages.toAddress, addresses)))
    .returning({ id: outboxMessages.id });
  return { guestLinks: links.length + accesses.length, messages: messages.length };
}

export async function countSurveyAnswers(
  tx: Executor,
  keys: { surveyId: string; pseudonym: string }[],
) {
  return (await surveyAnswersOf(tx, keys)).length;
}

// ---- retention -------------------------------------------------------------------------------

/**
 * Clears the notes of requests whose person the retention purge anonymised (a note may name
 * them), then deletes up to `limit` requests answered before `before`; returns the deleted
 * requests' organisations. Runs as the owner, across organisations.
 */
export async function purgeAnsweredRequests(db: Executor, before: Date, limit: number) {
  await db
    .update(requests)
    .set({ note: null, updatedAt: new Date() })
    .where(
      and(
        isNotNull(requests.note),
        sql`${requests.participantId} in (select id from participants where anonymised_at is not null)`,
      ),
    );
  const old = db
    .select({ id: requests.id })
    .from(requests)
    .where(sql`${requests.answeredOn} < ${before.toISOString().slice(0, 10)}`)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db.delete(requests).where(inArray(requests.id, old)).returning({ orgId: requests.orgId });
}

// ---- introductions to ensembles and their follow-up ------------------------------------------

/** The journey spaces' items that name the participant as shown in them. */
export async function spaceItemsOf(tx: Executor, participantId: string) {
  const { spaceResourceParticipants: shows, spaceResources: items, sessions } = schema;
  return tx
    .select({
      resourceId: items.id,
      title: items.title,
      kind: items.kind,
      sessionStartsAt: sessions.startsAt,
      published: items.published,
    })
    .from(shows)
    .innerJoin(items, eq(items.id, shows.resourceId))
    .leftJoin(sessions, eq(sessions.id, items.sessionId))
    .where(eq(shows.participantId, participantId))
    .orderBy(asc(items.createdAt), asc(items.id));
}

const { directoryHandovers: handovers, directoryFollowUps: followUps, ensembles } = schema;

/** The participant's introductions to ensembles, with each one's follow-up e-mails and answers. */
export async function handoversOf(tx: Executor, participantId: string) {
  const rows = await tx
    .select({ handover: handovers, ensemble: ensembles.name })
    .from(handovers)
    .innerJoin(ensembles, eq(ensembles.id, handovers.ensembleId))
    .where(eq(handovers.participantId, participantId))
    .orderBy(asc(handovers.createdAt));
  const ids = rows.map((row) => row.handover.id);
  const answers =
    ids.length === 0
      ? []
      : await tx
          .select()
          .from(followUps)
          .where(inArray(followUps.handoverId, ids))
          .orderBy(asc(followUps.sentAt));
  return rows.map((row) => ({
    ...row,
    followUps: answers.filter((f) => f.handoverId === row.handover.id),
  }));
}

/** Whether an introduction still holds something personal (texts, an address, e-mails). */
export function holdsPersonalData(h: typeof handovers.$inferSelect) {
  return (
    h.sang !== '' ||
    h.message !== null ||
    h.contactEmail !== null ||
    h.answerNote !== null ||
    h.messageIds.length > 0
  );
}

/**
 * Clears what the introductions say about the participant: texts, address, the e-mails sent
 * about them to ensembles and coordinators; a pending one is withdrawn and its link dies. The
 * status, dates and follow-up answers stay, without a name, for the continuation rate.
 */
export async function eraseHandovers(tx: Executor, participantId: string) {
  const rows = await tx
    .select({ id: handovers.id, messageIds: handovers.messageIds })
    .from(handovers)
    .where(eq(handovers.participantId, participantId));
  const messageIds = rows.flatMap((row) => row.messageIds);
  if (messageIds.length > 0) {
    await tx.delete(outboxMessages).where(inArray(outboxMessages.id, messageIds));
  }
  if (rows.length === 0) return;
  await tx
    .update(handovers)
    .set({
      sang: '',
      message: null,
      contactEmail: null,
      answerNote: null,
      messageIds: [],
      followUp: false,
      tokenHash: sql`'erased:' || ${handovers.id}::text`,
      status: sql`case when ${handovers.status} = 'awaiting' then 'withdrawn' else ${handovers.status} end`,
    })
    .where(eq(handovers.participantId, participantId));
}
