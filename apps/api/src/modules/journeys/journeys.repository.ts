// The only place with queries on journeys (a template instantiated for one group).
import { type Executor, inTurn, schema } from '@tutti/db';
import { and, asc, count, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';

const { groups, journeyTemplates, journeys, projects, sessions, venues } = schema;

const summaryColumns = {
  journey: journeys,
  project: { id: projects.id, name: projects.name },
  group: { id: groups.id, name: groups.name },
  template: { id: journeyTemplates.id, name: journeyTemplates.name },
  sessionCount: sql<number>`(select count(*)::int from sessions s where s.journey_id = journeys.id and s.status <> 'cancelled')`,
  doneCount: sql<number>`(select count(*)::int from sessions s where s.journey_id = journeys.id and s.status = 'done')`,
  nextSessionAt: sql<
    string | null
  >`(select min(s.starts_at) from sessions s where s.journey_id = journeys.id and s.status in ('planned', 'confirmed') and s.starts_at > now())`,
};

function selectSummaries(tx: Executor) {
  return tx
    .select(summaryColumns)
    .from(journeys)
    .innerJoin(projects, eq(projects.id, journeys.projectId))
    .innerJoin(groups, eq(groups.id, journeys.groupId))
    .leftJoin(journeyTemplates, eq(journeyTemplates.id, journeys.templateId));
}

export type JourneySummaryRow = Awaited<ReturnType<typeof findJourneySummary>> & {};

export async function listJourneys(
  tx: Executor,
  options: {
    projectId?: string | undefined;
    groupId?: string | undefined;
    relayUserId?: string | undefined;
    limit: number;
    offset: number;
  },
) {
  const where: SQL | undefined = and(
    options.projectId ? eq(journeys.projectId, options.projectId) : undefined,
    options.groupId ? eq(journeys.groupId, options.groupId) : undefined,
    options.relayUserId
      ? inArray(
          journeys.groupId,
          tx
            .select({ id: groups.id })
            .from(groups)
            .where(eq(groups.relayUserId, options.relayUserId)),
        )
      : undefined,
  );
  const [rows, [total]] = await inTurn(
    () =>
      selectSummaries(tx)
        .where(where)
        .orderBy(desc(journeys.startsOn), asc(journeys.name))
        .limit(options.limit)
        .offset(options.offset),
    () => tx.select({ total: count() }).from(journeys).where(where),
  );
  return { rows, total: total?.total ?? 0 };
}

export async function findJourneySummary(tx: Executor, journeyId: string) {
  const [row] = await selectSummaries(tx).where(eq(journeys.id, journeyId));
  return row ?? null;
}

/** The relay person of the journey's group, to let them follow it. */
export async function relayOfJourney(tx: Executor, journeyId: string) {
  const [row] = await tx
    .select({ relayUserId: groups.relayUserId })
    .from(journeys)
    .innerJoin(groups, eq(groups.id, journeys.groupId))
    .where(eq(journeys.id, journeyId));
  return row?.relayUserId ?? null;
}

export async function findJourneySessionList(tx: Executor, journeyId: string) {
  return tx
    .select({
      session: sessions,
      venue: { id: venues.id, name: venues.name },
    })
    .from(sessions)
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .where(eq(sessions.journeyId, journeyId))
    .orderBy(asc(sessions.journeyPosition), asc(sessions.startsAt));
}

export async function insertJourney(tx: Executor, values: typeof journeys.$inferInsert) {
  const [row] = await tx.insert(journeys).values(values).returning();
  return row!;
}

export async function renameJourney(tx: Executor, journeyId: string, name: string) {
  await tx.update(journeys).set({ name, updatedAt: new Date() }).where(eq(journeys.id, journeyId));
}

/** What makes a journey part of history: sessions held, attendance taken. */
export async function countHistory(tx: Executor, journeyId: string) {
  const [done] = await tx
    .select({ n: count() })
    .from(sessions)
    .where(and(eq(sessions.journeyId, journeyId), eq(sessions.status, 'done')));
  const [marked] = await tx
    .select({ n: sql<number>`count(distinct ${schema.attendanceMarks.sessionId})::int` })
    .from(schema.attendanceMarks)
    .innerJoin(sessions, eq(sessions.id, schema.attendanceMarks.sessionId))
    .where(eq(sessions.journeyId, journeyId));
  return { doneSessions: done?.n ?? 0, sessionsWithAttendance: marked?.n ?? 0 };
}

/** Removes the journey with its sessions (their artists and groups go with them). */
export async function deleteJourney(tx: Executor, journeyId: string) {
  await tx.delete(sessions).where(eq(sessions.journeyId, journeyId));
  await tx.delete(journeys).where(eq(journeys.id, journeyId));
}

export async function findTemplateSteps(tx: Executor, templateId: string) {
  const [template] = await tx
    .select({ id: journeyTemplates.id, name: journeyTemplates.name })
    .from(journeyTemplates)
    .where(eq(journeyTemplates.id, templateId));
  if (!template) return null;
  const steps = await tx
    .select()
    .from(schema.journeyTemplateSteps)
    .where(eq(schema.journeyTemplateSteps.templateId, templateId))
    .orderBy(asc(schema.journeyTemplateSteps.position));
  return { ...template, steps };
}

export async function findGroupName(tx: Executor, groupId: string) {
  const [row] = await tx.select({ name: groups.name }).from(groups).where(eq(groups.id, groupId));
  return row?.name ?? null;
}
