// The only place with queries for surveys: definitions, pseudonym links, responses and counts.
import { type Executor, schema } from '@tutti/db';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';

const { surveys, surveyPseudonyms, surveyResponses, projects, journeys, groups, participants } =
  schema;

export type SurveyRow = typeof surveys.$inferSelect;
export type SurveyInsert = typeof surveys.$inferInsert;

const surveyColumns = {
  survey: surveys,
  projectName: projects.name,
  journeyName: journeys.name,
  journeyGroupId: journeys.groupId,
};

export async function listSurveys(tx: Executor, page: { limit: number; offset: number }) {
  const rows = await tx
    .select(surveyColumns)
    .from(surveys)
    .leftJoin(projects, eq(projects.id, surveys.projectId))
    .leftJoin(journeys, eq(journeys.id, surveys.journeyId))
    .orderBy(desc(surveys.createdAt), desc(surveys.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(surveys);
  return { rows, total: total?.n ?? 0 };
}

export async function findSurvey(tx: Executor, id: string) {
  const [row] = await tx
    .select(surveyColumns)
    .from(surveys)
    .leftJoin(projects, eq(projects.id, surveys.projectId))
    .leftJoin(journeys, eq(journeys.id, surveys.journeyId))
    .where(eq(surveys.id, id));
  return row ?? null;
}

export async function insertSurvey(tx: Executor, values: SurveyInsert) {
  const [row] = await tx.insert(surveys).values(values).returning();
  return row!;
}

export async function updateSurvey(tx: Executor, id: string, values: Partial<SurveyInsert>) {
  await tx
    .update(surveys)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(surveys.id, id));
}

export async function projectExists(tx: Executor, id: string) {
  const [row] = await tx.select({ id: projects.id }).from(projects).where(eq(projects.id, id));
  return !!row;
}

export async function findJourney(tx: Executor, id: string) {
  const [row] = await tx
    .select({ id: journeys.id, projectId: journeys.projectId, groupId: journeys.groupId })
    .from(journeys)
    .where(eq(journeys.id, id));
  return row ?? null;
}

/** Answers per survey and phase (for the lists). */
export async function responseCounts(tx: Executor, surveyIds: string[]) {
  if (surveyIds.length === 0) return [];
  return tx
    .select({ surveyId: surveyResponses.surveyId, phase: surveyResponses.phase, n: count() })
    .from(surveyResponses)
    .where(inArray(surveyResponses.surveyId, surveyIds))
    .groupBy(surveyResponses.surveyId, surveyResponses.phase);
}

export async function responsesOf(tx: Executor, surveyId: string) {
  return tx
    .select({
      phase: surveyResponses.phase,
      respondentKey: surveyResponses.respondentKey,
      answers: surveyResponses.answers,
    })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId))
    .orderBy(asc(surveyResponses.createdAt), asc(surveyResponses.id));
}

export async function findGroups(tx: Executor, filter: { ids?: string[]; relayUserId?: string }) {
  return tx
    .select({
      id: groups.id,
      name: groups.name,
      relayUserId: groups.relayUserId,
      listedIndividually: groups.listedIndividually,
    })
    .from(groups)
    .where(
      and(
        isNull(groups.archivedAt),
        filter.ids ? inArray(groups.id, filter.ids) : undefined,
        filter.relayUserId ? eq(groups.relayUserId, filter.relayUserId) : undefined,
      ),
    )
    .orderBy(asc(groups.name));
}

/** Current members of a group (not archived, not anonymised). */
export async function groupMembers(tx: Executor, groupId: string) {
  return tx
    .select({ id: participants.id, firstName: participants.firstName })
    .from(participants)
    .where(
      and(
        eq(participants.groupId, groupId),
        isNull(participants.archivedAt),
        isNull(participants.anonymisedAt),
      ),
    )
    .orderBy(asc(participants.firstName), asc(participants.id));
}

export async function findParticipant(tx: Executor, id: string) {
  const [row] = await tx
    .select({
      id: participants.id,
      groupId: participants.groupId,
      anonymisedAt: participants.anonymisedAt,
    })
    .from(participants)
    .where(eq(participants.id, id));
  return row ?? null;
}

/** The pseudonyms of these participants in the survey (the database shows them only to name readers). */
export async function pseudonymsOf(tx: Executor, surveyId: string, participantIds: string[]) {
  if (participantIds.length === 0) return new Map<string, string>();
  const rows = await tx
    .select({
      participantId: surveyPseudonyms.participantId,
      pseudonym: surveyPseudonyms.pseudonym,
    })
    .from(surveyPseudonyms)
    .where(
      and(
        eq(surveyPseudonyms.surveyId, surveyId),
        inArray(surveyPseudonyms.participantId, participantIds),
      ),
    );
  return new Map(rows.map((r) => [r.participantId, r.pseudonym]));
}

/** Links a participant to a new pseudonym unless linked already; false when the code is taken. */
export async function insertPseudonym(
  tx: Executor,
  values: { orgId: string; surveyId: string; participantId: string; pseudonym: string },
) {
  const rows = await tx
    .insert(surveyPseudonyms)
    .values(values)
    .onConflictDoNothing()
    .returning({ pseudonym: surveyPseudonyms.pseudonym });
  return rows.length > 0;
}

export async function answeredPhases(tx: Executor, surveyId: string, respondentKeys: string[]) {
  if (respondentKeys.length === 0) return [];
  return tx
    .select({ respondentKey: surveyResponses.respondentKey, phase: surveyResponses.phase })
    .from(surveyResponses)
    .where(
      and(
        eq(surveyResponses.surveyId, surveyId),
        inArray(surveyResponses.respondentKey, respondentKeys),
      ),
    );
}

export async function findResponseByOp(tx: Executor, opId: string) {
  const [row] = await tx
    .select({
      id: surveyResponses.id,
      surveyId: surveyResponses.surveyId,
      phase: surveyResponses.phase,
      respondentKey: surveyResponses.respondentKey,
    })
    .from(surveyResponses)
    .where(eq(surveyResponses.opId, opId));
  return row ?? null;
}

/** One answer per respondent and phase: a second one replaces the first. */
export async function upsertResponse(tx: Executor, values: typeof surveyResponses.$inferInsert) {
  const [row] = await tx
    .insert(surveyResponses)
    .values(values)
    .onConflictDoUpdate({
      target: [surveyResponses.surveyId, surveyResponses.respondentKey, surveyResponses.phase],
      set: {
        answers: values.answers,
        opId: values.opId,
        submittedBy: values.submittedBy,
        groupId: values.groupId,
        updatedAt: new Date(),
      },
    })
    .returning({
      id: surveyResponses.id,
      replaced: sql<boolean>`${surveyResponses.createdAt} <> ${surveyResponses.updatedAt}`,
    });
  return row!;
}
