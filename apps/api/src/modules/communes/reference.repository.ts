// Reads the imported territorial reference data (global tables, shared by every organisation).
import { type Executor, schema } from '@tutti/db';
import { desc, eq, sql } from 'drizzle-orm';

const {
  referenceImports,
  referenceCommuneCentres,
  referenceCommuneDensity,
  referenceCulturalFacilities,
  referencePriorityAreas,
} = schema;

export type ReferenceImportRow = typeof referenceImports.$inferSelect;

/** Changes whenever an import is recorded: the cache compares it before using its data set. */
export async function latestImportStamp(db: Executor): Promise<string> {
  const [row] = await db
    .select({
      count: sql<number>`count(*)::int`,
      latest: sql<string | null>`max(${referenceImports.importedAt})::text`,
    })
    .from(referenceImports);
  return `${row?.count ?? 0}@${row?.latest ?? ''}`;
}

/** The latest import of each kind (the one whose rows are in the data tables). */
export async function latestImports(db: Executor): Promise<ReferenceImportRow[]> {
  return db
    .selectDistinctOn([referenceImports.kind])
    .from(referenceImports)
    .orderBy(referenceImports.kind, desc(referenceImports.importedAt), desc(referenceImports.id));
}

export async function communeCentres(db: Executor) {
  return db.select().from(referenceCommuneCentres);
}

export async function communeDensity(db: Executor) {
  return db
    .select({
      communeId: referenceCommuneDensity.communeId,
      densityClass: referenceCommuneDensity.densityClass,
    })
    .from(referenceCommuneDensity);
}

/** Only facilities that host live music: they are what the access index and the map use. */
export async function liveMusicFacilities(db: Executor) {
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
    .where(eq(referenceCulturalFacilities.hostsLiveMusic, true));
}

export async function priorityCommuneIds(db: Executor): Promise<string[]> {
  const rows = await db
    .select({ communeIds: referencePriorityAreas.communeIds })
    .from(referencePriorityAreas);
  return rows.flatMap((r) => r.communeIds);
}
