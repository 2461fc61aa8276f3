// Writes imported reference data: each kind's rows are replaced by the latest file's, with its log.
import type { ReferenceImportKind } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';

const {
  referenceImports,
  referenceCommuneCentres,
  referenceCommuneDensity,
  referenceCulturalFacilities,
  referencePriorityAreas,
} = schema;

export type ImportLog = Omit<typeof referenceImports.$inferInsert, 'id' | 'importedAt'>;
export type CentreRow = Omit<typeof referenceCommuneCentres.$inferInsert, 'importId'>;
export type DensityRow = Omit<typeof referenceCommuneDensity.$inferInsert, 'importId'>;
export type FacilityRow = Omit<typeof referenceCulturalFacilities.$inferInsert, 'importId'>;
export type PriorityAreaRow = Omit<typeof referencePriorityAreas.$inferInsert, 'importId'>;

export type KindRows =
  | { kind: 'commune-centres'; rows: CentreRow[] }
  | { kind: 'density-grid'; rows: DensityRow[] }
  | { kind: 'cultural-facilities'; rows: FacilityRow[] }
  | { kind: 'priority-areas'; rows: PriorityAreaRow[] };

const tableOf = {
  'commune-centres': referenceCommuneCentres,
  'density-grid': referenceCommuneDensity,
  'cultural-facilities': referenceCulturalFacilities,
  'priority-areas': referencePriorityAreas,
} satisfies Record<ReferenceImportKind, unknown>;

// Well under PostgreSQL's 65,535 parameters per statement for the widest table (14 columns).
const CHUNK_ROWS = 2_000;

/** Records the import and replaces every row of its kind by the file's rows. */
export async function replaceKind(tx: Executor, log: ImportLog, data: KindRows) {
  const [row] = await tx.insert(referenceImports).values(log).returning();
  const importId = row!.id;
  const table = tableOf[data.kind];
  await tx.delete(table);
  const rows = data.rows as Record<string, unknown>[];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    const chunk = rows.slice(start, start + CHUNK_ROWS).map((r) => ({ ...r, importId }));
    await tx.insert(table).values(chunk as never);
  }
  return importId;
}
