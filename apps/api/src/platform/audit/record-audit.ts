// The one way to write the audit log: call it inside the transaction of the action it records,
// so that the event and the action commit or roll back together.
import type { AuditAction } from '@tutti/contracts';
import { type Executor, schema } from '@tutti/db';
import type { OrgActor } from '../auth/request-auth';

export type AuditEventInput = {
  /** The organisation the data belongs to (the tenant transaction's organisation). */
  orgId: string;
  /** The member who acted. */
  actorId: string | null;
  action: AuditAction;
  /** What the action was about: `participant`, `group`, `session`, `report`, `member`… */
  subjectKind: string;
  subjectId?: string | null;
  /** A short, non-personal precision (an export's format, a new role); never the content. */
  detail?: string | null;
};

/**
 * Records one audit event. Pass the tenant transaction of the action (`actor.inTenant`), or the
 * owner's connection for actions outside a tenant transaction.
 *
 * @example
 * await actor.inTenant(async (tx) => {
 *   const needs = await findAccessNeeds(tx, participantId);
 *   await recordAudit(tx, { orgId: actor.orgId, actorId: actor.userId,
 *     action: 'accessNeeds.read', subjectKind: 'participant', subjectId: participantId });
 *   return needs;
 * }, { sensitive: true });
 */
export async function recordAudit(db: Executor, event: AuditEventInput): Promise<void> {
  await db.insert(schema.auditEvents).values({
    orgId: event.orgId,
    actorId: event.actorId,
    action: event.action,
    subjectKind: event.subjectKind,
    subjectId: event.subjectId ?? null,
    detail: event.detail ?? null,
  });
}

/** Several events at once (a group's roster read for each participant shown, say). */
export async function recordAuditMany(db: Executor, events: AuditEventInput[]): Promise<void> {
  if (events.length === 0) return;
  await db.insert(schema.auditEvents).values(
    events.map((event) => ({
      orgId: event.orgId,
      actorId: event.actorId,
      action: event.action,
      subjectKind: event.subjectKind,
      subjectId: event.subjectId ?? null,
      detail: event.detail ?? null,
    })),
  );
}

/**
 * Records that `actor` exported a file, in a transaction of its own: called once the file is
 * made, before it is sent.
 *
 * @example await recordExport(actor, { subjectKind: 'report', subjectId: reportId, detail: 'pdf' })
 */
export async function recordExport(
  actor: OrgActor,
  subject: { subjectKind: string; subjectId?: string | null; detail?: string | null },
): Promise<void> {
  await actor.inTenant((tx) =>
    recordAudit(tx, {
      orgId: actor.orgId,
      actorId: actor.userId,
      action: 'data.export',
      ...subject,
    }),
  );
}
