// What an admin reads of the audit log.
import type { AuditEvent, AuditQuery } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../auth/request-auth';
import * as audit from './audit.repository';

const DAY_MS = 24 * 60 * 60 * 1000;

export async function listAuditEvents({
  actor,
  query,
}: {
  actor: OrgActor;
  query: AuditQuery;
}): Promise<{ items: AuditEvent[]; total: number }> {
  requirePermission(actor, 'audit.read');
  const { limit, offset, action, from, to } = query;
  const filter = {
    action,
    from: from ? new Date(`${from}T00:00:00Z`) : undefined,
    before: to ? new Date(new Date(`${to}T00:00:00Z`).getTime() + DAY_MS) : undefined,
  };
  const { rows, total } = await actor.inTenant((tx) =>
    audit.listAuditEvents(tx, filter, { limit, offset }),
  );
  return {
    total,
    items: rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      action: row.action,
      subjectKind: row.subjectKind,
      subjectId: row.subjectId,
      actor: row.actorId ? { id: row.actorId, displayName: row.actorName ?? '' } : null,
      detail: row.detail,
    })),
  };
}
