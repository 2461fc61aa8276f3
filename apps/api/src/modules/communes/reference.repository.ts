// Reads the imported territorial reference data (global tables, shared by every organisation): only
// the rows of each kind's current import, never those of a file still being written.
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, isNotNull, sql } from 'drizzle-orm';

const {
  referenceImports,
  referenceCommuneCentres,
  referenceCommuneDensity,
  referenceCulturalFacilities,
  referencePriorityAreas,
} = schema;

export type ReferenceImportRow = typeof referenceImports.$inferSelect;

/** Changes whenever an import is applied: the cache compares it before using its data set. */
export async function latestImportStamp(db: Executor): Promise<string> {
  const [row] = await db
    .select({
      count: sql<number>`count(${referenceImports.appliedAt})::int`,
      latest: sql<string | null>`max(${referenceImports.appliedAt})::text`,
    })
    .from(referenceImports);
  return `${row?.count ?? 0}@${row?.latest ?? ''}`;
}

/** The current import of each kind: the latest applied (the one whose rows readers use). */
export async function latestImports(db: Executor): Promise<ReferenceImportRow[]> {
  return db
    .selectDistinctOn([referenceImports.kind])
    .from(referenceImports)
    .where(isNotNull(referenceImports.appliedAt))
    .orderBy(referenceImports.kind, desc(referenceImports.appliedAt), desc(referenceImports.id));
}

/** Every applied import, newest first (the history an admin reads). */
export async function appliedImports(db: Executor, limit: number) {
  return db
    .select()
    .from(referenceImports)
    .where(isNotNull(referenceImports.appliedAt))
    .orderBy(desc(referenceImports.appliedAt), desc(referenceImports.id))
    .limit(limit);
}

/** The import's rows; none without a current import of the kind. */
type Current = string | undefined;

export async function communeCentres(db: Executor, importId: Current) {
  if (!importId) return [];
  return db
    .select()
    .from(referenceCommuneCentres)
    .where(eq(referenceCommuneCentres.importId, importId));
}

export async function communeDensity(db: Executor, importId: Current) {
  if (!importId) return [];
  return db
    .select({
      communeId: referenceCommuneDensity.communeId,
      densityClass: referenceCommuneDensity.densityClass,
    })
    .from(referenceCommuneDensity)
    .where(eq(referenceCommuneDensity.importId, importId));
}

/** Only facilities that host live music: they are what the access index and the map use. */
export async function liveMusicFacilities(db: Executor, importId: Current) {
  if (!importId) return [];
  return db
    .select({
      id: referenceCulturalFacilities.id,
      name: referenceCulturalFacilities.name,
      kind: referenceCulturalFacilities.kind,
      typeLabel: referenceCulturalFacilities.typeLabel,
      communeId: referenceCulturalFacilities.communeId,
      latitude: referenceCulturalFacilities.latitude,
      longitude: referenceCulturalFacilities.longitude,
      positionSource: referenceCulturalFacilities.positionSource,
    })
    .from(referenceCulturalFacilities)
    .where(
      and(
        eq(referenceCulturalFacilities.importId, importId),
        eq(referenceCulturalFacilities.hostsLiveMusic, true),
      ),
    );
}

export async function priorityCommuneIds(db: Executor, importId: Current): Promise<string[]> {
  if (!importId) return [];
  const rows = await db
    .select({ communeIds: referencePriorityAreas.communeIds })
    .from(referencePriorityAreas)
    .where(eq(referencePriorityAreas.importId, importId));
  return rows.flatMap((r) => r.communeIds);
}
