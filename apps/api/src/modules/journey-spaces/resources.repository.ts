// The only place with queries on the library of resources of journey spaces: resources, who they
// show, and what showing them needs (their files and sessions).
import { type Executor, schema } from '@tutti/db';
import { and, asc, count, desc, eq, ilike, inArray, isNotNull, or, sql } from 'drizzle-orm';

const {
  files,
  journeys,
  organisations,
  sessions,
  spaceEntries,
  spaceResourceParticipants,
  spaceResources,
} = schema;

export type ResourceRow = typeof spaceResources.$inferSelect;
export type ResourceValues = Omit<
  typeof spaceResources.$inferInsert,
  'id' | 'orgId' | 'createdAt' | 'updatedAt' | 'published' | 'createdBy'
>;

// --- Resources -------------------------------------------------------------------------------

export async function insertResource(
  tx: Executor,
  values: ResourceValues & { orgId: string; createdBy: string | null; published?: boolean },
) {
  const [row] = await tx.insert(spaceResources).values(values).returning();
  return row!;
}

export async function updateResource(
  tx: Executor,
  resourceId: string,
  values: Partial<ResourceValues> & { published?: boolean },
) {
  const [row] = await tx
    .update(spaceResources)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(spaceResources.id, resourceId))
    .returning();
  return row ?? null;
}

/** Keeps what an oEmbed provider answered, unless the link changed meanwhile. */
export async function recordEmbed(
  tx: Executor,
  resourceId: string,
  url: string,
  embed: { title: string | null; author: string | null },
) {
  await tx
    .update(spaceResources)
    .set({ embedTitle: embed.title, embedAuthor: embed.author })
    .where(and(eq(spaceResources.id, resourceId), eq(spaceResources.url, url)));
}

export async function deleteResource(tx: Executor, resourceId: string) {
  const rows = await tx
    .delete(spaceResources)
    .where(eq(spaceResources.id, resourceId))
    .returning({ id: spaceResources.id });
  return rows.length > 0;
}

export async function findResource(tx: Executor, resourceId: string) {
  const [row] = await tx.select().from(spaceResources).where(eq(spaceResources.id, resourceId));
  return row ?? null;
}

export async function listResources(
  tx: Executor,
  options: { kind?: string | undefined; q?: string | undefined; limit: number; offset: number },
) {
  const where = and(
    options.kind ? eq(spaceResources.kind, options.kind as ResourceRow['kind']) : undefined,
    options.q
      ? or(
          ilike(spaceResources.title, `%${escapeLike(options.q)}%`),
          ilike(spaceResources.description, `%${escapeLike(options.q)}%`),
        )
      : undefined,
  );
  const rows = await tx
    .select()
    .from(spaceResources)
    .where(where)
    .orderBy(desc(spaceResources.createdAt), asc(spaceResources.id))
    .limit(options.limit)
    .offset(options.offset);
  const [total] = await tx.select({ n: count() }).from(spaceResources).where(where);
  return { rows, total: total?.n ?? 0 };
}

function escapeLike(text: string) {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** What showing a resource's file needs. */
export const fileColumns = {
  id: files.id,
  fileName: files.fileName,
  mediaType: files.mediaType,
  status: files.status,
  durationMs: files.durationMs,
  storedBytes: files.storedBytes,
  sizeBytes: files.sizeBytes,
  variants: files.variants,
};

/** The files of these resources, with what showing them needs. */
export async function findFilesOf(tx: Executor, fileIds: readonly string[]) {
  if (fileIds.length === 0) return [];
  return tx
    .select(fileColumns)
    .from(files)
    .where(inArray(files.id, [...fileIds]));
}

export type FileInfo = Awaited<ReturnType<typeof findFilesOf>>[number];

export async function findSessionsOf(tx: Executor, sessionIds: readonly string[]) {
  if (sessionIds.length === 0) return [];
  return tx
    .select({
      id: sessions.id,
      kind: sessions.kind,
      title: sessions.title,
      startsAt: sessions.startsAt,
      timeZone: sessions.timeZone,
    })
    .from(sessions)
    .where(inArray(sessions.id, [...sessionIds]));
}

export async function sessionExists(tx: Executor, sessionId: string) {
  const [row] = await tx
    .select({ id: sessions.id })
    .from(sessions)
    .where(eq(sessions.id, sessionId));
  return !!row;
}

/** Who each resource shows: participant ids (null for a participant deleted since). */
export async function findPeopleOf(tx: Executor, resourceIds: readonly string[]) {
  if (resourceIds.length === 0) return [];
  return tx
    .select({
      resourceId: spaceResourceParticipants.resourceId,
      participantId: spaceResourceParticipants.participantId,
    })
    .from(spaceResourceParticipants)
    .where(inArray(spaceResourceParticipants.resourceId, [...resourceIds]))
    .orderBy(asc(spaceResourceParticipants.id));
}

export async function replacePeople(
  tx: Executor,
  orgId: string,
  resourceId: string,
  participantIds: readonly string[],
) {
  await tx
    .delete(spaceResourceParticipants)
    .where(eq(spaceResourceParticipants.resourceId, resourceId));
  if (participantIds.length === 0) return;
  await tx
    .insert(spaceResourceParticipants)
    .values(participantIds.map((participantId) => ({ orgId, resourceId, participantId })));
}

/** In how many journeys each resource is placed (a shared entry counts its template's journeys). */
export async function journeyCounts(tx: Executor, resourceIds: readonly string[]) {
  if (resourceIds.length === 0) return new Map<string, number>();
  const rows = await tx
    .select({
      resourceId: spaceEntries.resourceId,
      journeys: sql<number>`count(distinct coalesce(${spaceEntries.journeyId}, ${journeys.id}))::int`,
    })
    .from(spaceEntries)
    .leftJoin(
      journeys,
      and(
        isNotNull(spaceEntries.templateId),
        eq(journeys.templateId, spaceEntries.templateId),
        eq(journeys.projectId, spaceEntries.projectId),
      ),
    )
    .where(inArray(spaceEntries.resourceId, [...resourceIds]))
    .groupBy(spaceEntries.resourceId);
  return new Map(rows.map((row) => [row.resourceId, row.journeys]));
}

export async function findTimeZone(tx: Executor, orgId: string) {
  const [row] = await tx
    .select({ timeZone: organisations.timeZone })
    .from(organisations)
    .where(eq(organisations.id, orgId));
  return row?.timeZone ?? 'Europe/Paris';
}

/** Which of these participant ids exist in the organisation. */
export async function existingParticipants(tx: Executor, participantIds: readonly string[]) {
  if (participantIds.length === 0) return new Set<string>();
  const rows = await tx
    .select({ id: schema.participants.id })
    .from(schema.participants)
    .where(inArray(schema.participants.id, [...participantIds]));
  return new Set(rows.map((row) => row.id));
}
