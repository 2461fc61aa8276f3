// The only place with queries on import batches: the preview kept until it is applied or discarded.
import { type Executor, rowsOf, schema } from '@tutti/db';
import { and, eq, getTableColumns, inArray, lt, sql } from 'drizzle-orm';
import type { StoredRow } from './import-types';

const { importBatches } = schema;

export type BatchRow = typeof importBatches.$inferSelect;
export type BatchValues = Omit<typeof importBatches.$inferInsert, 'id' | 'orgId' | 'createdAt'>;
/** A batch without its rows, which may weigh megabytes. */
export type BatchHead = Omit<BatchRow, 'rows'>;

const { rows: _rows, ...headColumns } = getTableColumns(importBatches);

export async function insertBatch(tx: Executor, orgId: string, values: BatchValues) {
  const [row] = await tx
    .insert(importBatches)
    .values({ ...values, orgId })
    .returning({ id: importBatches.id });
  return row!.id;
}

/** With `forUpdate`, a second apply of the same batch waits for the first and then sees it applied. */
export async function findBatch(
  tx: Executor,
  orgId: string,
  batchId: string,
  options: { forUpdate?: boolean } = {},
): Promise<BatchHead | null> {
  const query = tx
    .select(headColumns)
    .from(importBatches)
    .where(and(eq(importBatches.orgId, orgId), eq(importBatches.id, batchId)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return (row as BatchHead | undefined) ?? null;
}

export async function allRows(tx: Executor, batchId: string): Promise<StoredRow[]> {
  const [row] = await tx
    .select({ rows: importBatches.rows })
    .from(importBatches)
    .where(eq(importBatches.id, batchId));
  return (row?.rows ?? []) as StoredRow[];
}

/** A page of the rows, in file order; `problemsOnly` keeps those with an error or a warning. */
export async function pageOfRows(
  tx: Executor,
  batchId: string,
  page: { problemsOnly: boolean; limit: number; offset: number },
) {
  const problems = page.problemsOnly
    ? sql` and (r.elem->>'status' <> 'valid' or jsonb_array_length(r.elem->'issues') > 0 or r.elem->'refs' is not null)`
    : sql``;
  const where = sql`b.id = ${batchId}${problems}`;
  const from = sql`${importBatches} b cross join lateral jsonb_array_elements(b.rows) with ordinality as r(elem, n)`;
  const items = await rowsOf<{ row: StoredRow }>(
    tx,
    sql`select r.elem as row from ${from} where ${where} order by r.n limit ${page.limit} offset ${page.offset}`,
  );
  const [total] = await rowsOf<{ n: number }>(
    tx,
    sql`select count(*)::int as n from ${from} where ${where}`,
  );
  return { items: items.map((r) => r.row), total: total?.n ?? 0 };
}

/** A preview settled again after a choice: its rows, references, counts and context. */
export async function updatePreview(
  tx: Executor,
  batchId: string,
  values: Pick<
    BatchValues,
    'rows' | 'references' | 'tallies' | 'errorCount' | 'warningCount' | 'contextHash'
  >,
) {
  await tx.update(importBatches).set(values).where(eq(importBatches.id, batchId));
}

/** Once applied or discarded, only the counts stay: the names the file held are not kept. */
export async function closeBatch(
  tx: Executor,
  batchId: string,
  change: { status: 'applied' | 'discarded'; result?: Record<string, number> },
) {
  await tx
    .update(importBatches)
    .set({
      status: change.status,
      rows: [],
      // What the values were mapped to stays in the counts; the values themselves go with the rows.
      references: [],
      ...(change.result ? { result: change.result, appliedAt: new Date() } : {}),
    })
    .where(eq(importBatches.id, batchId));
}

/** Previews nobody applied within `before` are discarded, so their rows do not linger. */
export async function discardPreviewsBefore(tx: Executor, orgId: string, before: Date) {
  await tx
    .update(importBatches)
    .set({ status: 'discarded', rows: [], references: [] })
    .where(
      and(
        eq(importBatches.orgId, orgId),
        eq(importBatches.status, 'previewed'),
        lt(importBatches.createdAt, before),
      ),
    );
}

/**
 * A batch of previews nobody applied, uploaded before `before`, in every organisation:
 * discarded with the rows the file held (the retention purge).
 */
export async function discardStalePreviews(db: Executor, before: Date, limit: number) {
  const stale = db
    .select({ id: importBatches.id })
    .from(importBatches)
    .where(and(eq(importBatches.status, 'previewed'), lt(importBatches.createdAt, before)))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(importBatches)
    .set({ status: 'discarded', rows: [], references: [] })
    .where(inArray(importBatches.id, stale))
    .returning({ orgId: importBatches.orgId });
}
