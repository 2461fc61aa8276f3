// The only place with queries on journey spaces and their entries; it reads journeys, their
// sessions and groups to frame a space (the library's resources: resources.repository.ts).
import { type Executor, schema } from '@tutti/db';
import { and, asc, count, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { fileColumns } from './resources.repository';

const {
  files,
  groups,
  journeySpaces,
  journeys,
  journeyTemplates,
  organisations,
  sessions,
  spaceConcerts,
  spaceEntries,
  spaceResources,
  venues,
} = schema;

export type EntryRow = typeof spaceEntries.$inferSelect;

// --- Journeys and their spaces ---------------------------------------------------------------

/** The journey's frame; with `groupId`, only when the journey is that group's. */
export async function findJourneyFrame(tx: Executor, journeyId: string, groupId?: string) {
  const [row] = await tx
    .select({
      id: journeys.id,
      orgId: journeys.orgId,
      name: journeys.name,
      projectId: journeys.projectId,
      templateId: journeys.templateId,
      templateName: journeyTemplates.name,
      groupId: groups.id,
      groupName: groups.name,
      welcome: journeySpaces.welcome,
      easyRead: journeySpaces.easyRead,
      publicSlug: journeySpaces.publicSlug,
      timeZone: organisations.timeZone,
      orgSlug: organisations.publicSlug,
      orgPublishes: organisations.publicProfile,
    })
    .from(journeys)
    .innerJoin(groups, eq(groups.id, journeys.groupId))
    .innerJoin(organisations, eq(organisations.id, journeys.orgId))
    .leftJoin(journeyTemplates, eq(journeyTemplates.id, journeys.templateId))
    .leftJoin(journeySpaces, eq(journeySpaces.journeyId, journeys.id))
    .where(and(eq(journeys.id, journeyId), groupId ? eq(journeys.groupId, groupId) : undefined));
  return row ?? null;
}

export type JourneyFrame = NonNullable<Awaited<ReturnType<typeof findJourneyFrame>>>;

/** Journeys of the same template in the same project (every group sharing shared entries). */
export async function countSharingJourneys(tx: Executor, projectId: string, templateId: string) {
  const [row] = await tx
    .select({ n: count() })
    .from(journeys)
    .where(and(eq(journeys.projectId, projectId), eq(journeys.templateId, templateId)));
  return row?.n ?? 0;
}

/** The journey's sessions in step order, with their venue for families. */
export async function findSteps(tx: Executor, journeyId: string) {
  return tx
    .select({
      id: sessions.id,
      position: sessions.journeyPosition,
      kind: sessions.kind,
      title: sessions.title,
      status: sessions.status,
      startsAt: sessions.startsAt,
      endsAt: sessions.endsAt,
      timeZone: sessions.timeZone,
      /** The room of an online session; shown only under the group's link. */
      onlineUrl: sessions.onlineUrl,
      /**
       * A concert's live stream and programme, once a coordinator set them; else null. A column
       * never null comes first: Drizzle makes a left-joined object null when its first is.
       */
      concert: {
        streamOpensMinutes: spaceConcerts.streamOpensMinutes,
        streamUrl: spaceConcerts.streamUrl,
        programme: spaceConcerts.programme,
      },
      venue: {
        name: venues.name,
        addressLine: venues.addressLine,
        postalCode: venues.postalCode,
        communeName: venues.communeName,
      },
    })
    .from(sessions)
    .leftJoin(venues, eq(venues.id, sessions.venueId))
    .leftJoin(spaceConcerts, eq(spaceConcerts.sessionId, sessions.id))
    .where(and(eq(sessions.journeyId, journeyId), isNotNull(sessions.journeyPosition)))
    .orderBy(asc(sessions.journeyPosition), asc(sessions.startsAt));
}

export type StepRow = Awaited<ReturnType<typeof findSteps>>[number];

/** A journey's own entries, and those shared by its template in its project. */
function entriesOf(frame: { id: string; projectId: string; templateId: string | null }) {
  return or(
    eq(spaceEntries.journeyId, frame.id),
    frame.templateId
      ? and(
          eq(spaceEntries.projectId, frame.projectId),
          eq(spaceEntries.templateId, frame.templateId),
        )
      : undefined,
  );
}

const entryOrder = [
  asc(spaceEntries.section),
  sql`${spaceEntries.stepPosition} asc nulls first`,
  asc(spaceEntries.position),
  // At equal positions the shared entries come first, then by when they were placed.
  sql`${spaceEntries.journeyId} is not null`,
  asc(spaceEntries.createdAt),
];

/** The entries of a journey's space: its own, and those shared by its template in its project. */
export async function findEntries(
  tx: Executor,
  frame: { id: string; projectId: string; templateId: string | null },
) {
  return tx
    .select()
    .from(spaceEntries)
    .where(entriesOf(frame))
    .orderBy(...entryOrder);
}

/**
 * The same entries with their resource and its file, in one query: what a family's page reads
 * (a space of 100 entries in one round trip instead of three).
 */
export async function findEntriesWithResources(
  tx: Executor,
  frame: { id: string; projectId: string; templateId: string | null },
) {
  return tx
    .select({ entry: spaceEntries, resource: spaceResources, file: fileColumns })
    .from(spaceEntries)
    .innerJoin(spaceResources, eq(spaceResources.id, spaceEntries.resourceId))
    .leftJoin(files, eq(files.id, spaceResources.fileId))
    .where(entriesOf(frame))
    .orderBy(...entryOrder);
}

export async function findEntry(tx: Executor, entryId: string) {
  const [row] = await tx.select().from(spaceEntries).where(eq(spaceEntries.id, entryId));
  return row ?? null;
}

/** The next position at the end of one list of a scope. */
export async function nextPosition(
  tx: Executor,
  scope: { journeyId: string } | { projectId: string; templateId: string },
  section: EntryRow['section'],
  stepPosition: number | null,
) {
  const [row] = await tx
    .select({ last: sql<number | null>`max(${spaceEntries.position})` })
    .from(spaceEntries)
    .where(
      and(
        'journeyId' in scope
          ? eq(spaceEntries.journeyId, scope.journeyId)
          : and(
              eq(spaceEntries.projectId, scope.projectId),
              eq(spaceEntries.templateId, scope.templateId),
            ),
        eq(spaceEntries.section, section),
        stepPosition === null
          ? isNull(spaceEntries.stepPosition)
          : eq(spaceEntries.stepPosition, stepPosition),
      ),
    );
  return (row?.last ?? 0) + 1;
}

export async function insertEntry(tx: Executor, values: typeof spaceEntries.$inferInsert) {
  const [row] = await tx.insert(spaceEntries).values(values).returning();
  return row!;
}

export async function deleteEntry(tx: Executor, entryId: string) {
  await tx.delete(spaceEntries).where(eq(spaceEntries.id, entryId));
}

export async function setEntryPosition(tx: Executor, entryId: string, position: number) {
  await tx.update(spaceEntries).set({ position }).where(eq(spaceEntries.id, entryId));
}

export async function upsertSettings(
  tx: Executor,
  values: {
    orgId: string;
    journeyId: string;
    welcome: string | null;
    /** Left out: unchanged. */
    easyRead?: string | null;
    publicSlug: string | null;
  },
) {
  const [row] = await tx
    .insert(journeySpaces)
    .values(values)
    .onConflictDoUpdate({
      target: journeySpaces.journeyId,
      set: {
        welcome: values.welcome,
        ...(values.easyRead === undefined ? {} : { easyRead: values.easyRead }),
        publicSlug: values.publicSlug,
        updatedAt: new Date(),
      },
    })
    .returning();
  return row!;
}

/** Sets a concert step's live stream and programme. */
export async function upsertConcert(
  tx: Executor,
  values: Omit<typeof spaceConcerts.$inferInsert, 'createdAt' | 'updatedAt'>,
) {
  const { sessionId: _, orgId: __, ...settings } = values;
  await tx
    .insert(spaceConcerts)
    .values(values)
    .onConflictDoUpdate({
      target: spaceConcerts.sessionId,
      set: { ...settings, updatedAt: new Date() },
    });
}

/** The journey a public slug names in this organisation. */
export async function findJourneyBySlug(tx: Executor, slug: string) {
  const [row] = await tx
    .select({ journeyId: journeySpaces.journeyId })
    .from(journeySpaces)
    .where(eq(journeySpaces.publicSlug, slug));
  return row?.journeyId ?? null;
}

export async function listPublicSlugs(tx: Executor) {
  const rows = await tx
    .select({ slug: journeySpaces.publicSlug })
    .from(journeySpaces)
    .where(isNotNull(journeySpaces.publicSlug))
    .orderBy(asc(journeySpaces.publicSlug));
  return rows.map((row) => row.slug!);
}

/** A group's journeys, newest first, for the group's page. */
export async function findJourneysOfGroup(tx: Executor, groupId: string) {
  return tx
    .select({ id: journeys.id, name: journeys.name, startsOn: journeys.startsOn })
    .from(journeys)
    .where(eq(journeys.groupId, groupId))
    .orderBy(desc(journeys.startsOn), asc(journeys.name))
    .limit(20);
}
