// The only place with queries on the audit log.
import type { AuditAction } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import { and, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';

const { auditEvents, users } = schema;

export type AuditFilter = { action?: AuditAction; from?: Date; before?: Date };

/** Newest first; row-level security keeps it to the transaction's organisation. */
export async function listAuditEvents(
  db: Executor,
  filter: AuditFilter,
  page: { limit: number; offset: number },
) {
  const conditions: SQL[] = [];
  if (filter.action) conditions.push(eq(auditEvents.action, filter.action));
  if (filter.from) conditions.push(gte(auditEvents.at, filter.from));
  if (filter.before) conditions.push(lt(auditEvents.at, filter.before));
  const where = conditions.length ? and(...conditions) : undefined;
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      action: auditEvents.action,
      subjectKind: auditEvents.subjectKind,
      subjectId: auditEvents.subjectId,
      actorId: auditEvents.actorId,
      actorName: users.displayName,
      detail: auditEvents.detail,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.actorId))
    .where(where)
    .orderBy(desc(auditEvents.at), desc(auditEvents.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await db.select({ n: sql<number>`count(*)::int` }).from(auditEvents).where(where);
  return { rows, total: total?.n ?? 0 };
}

/** Deletes up to `limit` events older than `before` (owner role: the retention purge). */
export async function deleteEventsBefore(db: Executor, before: Date, limit: number) {
  const old = db
    .select({ id: auditEvents.id })
    .from(auditEvents)
    .where(lt(auditEvents.at, before))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .delete(auditEvents)
    .where(inArray(auditEvents.id, old))
    .returning({ orgId: auditEvents.orgId });
}
