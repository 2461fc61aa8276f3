// The only place with queries on retention reports.
import { type Executor, schema } from '@tutti/db';
import { desc, eq, inArray, lt } from 'drizzle-orm';
import type { RetentionCounts } from './retention.rules';

const { retentionReports, organisations } = schema;

export async function listOrganisationIds(db: Executor) {
  const rows = await db.select({ id: organisations.id }).from(organisations);
  return rows.map((row) => row.id);
}

/** One report per organisation for a purge (owner role: tenant code may only read them). */
export async function insertReports(
  db: Executor,
  ranAt: Date,
  reports: { orgId: string; counts: RetentionCounts }[],
) {
  if (reports.length === 0) return;
  await db.insert(retentionReports).values(reports.map((report) => ({ ...report, ranAt })));
}

export async function listReports(tx: Executor, orgId: string, limit: number) {
  return tx
    .select({ ranAt: retentionReports.ranAt, counts: retentionReports.counts })
    .from(retentionReports)
    .where(eq(retentionReports.orgId, orgId))
    .orderBy(desc(retentionReports.ranAt))
    .limit(limit);
}

/** A batch of reports older than `before`, in every organisation, deleted. */
export async function deleteReportsBefore(db: Executor, before: Date, limit: number) {
  const old = db
    .select({ id: retentionReports.id })
    .from(retentionReports)
    .where(lt(retentionReports.ranAt, before))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .delete(retentionReports)
    .where(inArray(retentionReports.id, old))
    .returning({ orgId: retentionReports.orgId });
}
