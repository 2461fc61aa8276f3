// Writes imported reference data: each kind's rows are replaced by the latest file's, with its log.
// A file is written beside the current one (rows keyed by their import), then made current in one
// short transaction: the command line does both at once, the web app's job writes in turns first.
import type { ReferenceImportKind } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, eq, isNull, ne, sql } from 'drizzle-orm';

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
export const CHUNK_ROWS = 2_000;

/** Records the import and replaces every row of its kind by the file's rows, in one transaction. */
export async function replaceKind(tx: Executor, log: ImportLog, data: KindRows) {
  const importId = await startImport(tx, log);
  const rows = data.rows as Record<string, unknown>[];
  for (let start = 0; start < rows.length; start += CHUNK_ROWS) {
    await insertRows(tx, data.kind, importId, rows.slice(start, start + CHUNK_ROWS));
  }
  await makeCurrent(tx, data.kind, importId);
  return importId;
}

/** Records an import whose rows are about to be written: readers ignore it until made current. */
export async function startImport(db: Executor, log: ImportLog): Promise<string> {
  const [row] = await db.insert(referenceImports).values(log).returning();
  return row!.id;
}

export async function insertRows(
  db: Executor,
  kind: ReferenceImportKind,
  importId: string,
  rows: readonly Record<string, unknown>[],
) {
  if (rows.length === 0) return;
  const values = rows.map((r) => ({ ...r, importId }));
  await db.insert(tableOf[kind]).values(values as never);
}

/** Rows written for an import so far. */
export async function countRows(db: Executor, kind: ReferenceImportKind, importId: string) {
  const table = tableOf[kind];
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(table)
    .where(eq(table.importId, importId));
  return row?.n ?? 0;
}

/**
 * Makes the import the current one of its kind: applied now, and the rows of every other import
 * of the kind removed (their log lines stay, the history of what was imported).
 */
export async function makeCurrent(db: Executor, kind: ReferenceImportKind, importId: string) {
  await db
    .update(referenceImports)
    .set({ appliedAt: sql`now()` })
    .where(eq(referenceImports.id, importId));
  const table = tableOf[kind];
  await db.delete(table).where(ne(table.importId, importId));
}

/**
 * Forgets imports of a kind whose writing never finished (a process stopped meanwhile): their log
 * line and, by cascade, their rows. Only one import of a kind is written at a time.
 */
export async function dropUnfinished(db: Executor, kind: ReferenceImportKind) {
  await db
    .delete(referenceImports)
    .where(and(eq(referenceImports.kind, kind), isNull(referenceImports.appliedAt)));
}
