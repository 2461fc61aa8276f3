// The audit log: who read special-category data, who exported what, who changed whose role.
// An event names an action, its actor and the kind and id of its subject, never the content.
import { z } from 'zod';

/** What an audit event records. */
export const auditActions = [
  /** A participant's access needs were read (special-category data, GDPR art. 9). */
  'accessNeeds.read',
  /** A file of the organisation's data left the app: CSV, XLSX, PDF, a report, a person's export. */
  'data.export',
  /** A member's role changed: changed by an admin, or given by an accepted invitation. */
  'role.change',
  /** A flagged carbon input was confirmed (counted again in the headline) or its confirmation withdrawn. */
  'carbon.confirm',
  /** A payment recorded on site was removed (a mistake at the desk); the amount is in the detail. */
  'payment.remove',
  /** Money given back on an order: how, how much and why are in the detail. */
  'payment.refund',
  /** The HelloAsso account (client id, secret, signature key) was entered, changed or removed. */
  'payments.configure',
  /** A party was moved in a concert's waiting list by hand; the detail holds the reason. */
  'waitingList.reorder',
] as const;
export type AuditAction = (typeof auditActions)[number];

/** How long audit events are kept, in days (the retention rule `auditEvents`). */
export const AUDIT_KEPT_FOR_DAYS = 365;

export const AuditEventSchema = z.object({
  id: z.uuid(),
  action: z.enum(auditActions),
  /** The member who acted; null once their account is deleted. */
  actor: z.object({ id: z.uuid(), displayName: z.string() }).nullable(),
  /** What the action was about: `participant`, `group`, `session`, `report`, `member`… */
  subjectKind: z.string(),
  subjectId: z.string().nullable(),
  /** A short, non-personal precision: the export's format, the new role. */
  detail: z.string().nullable(),
  at: z.iso.datetime(),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;

const dateOnly = z.iso.date();

export const AuditQuerySchema = z
  .strictObject({
    limit: z.coerce.number().int().min(1).max(200).default(50),
    offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
    action: z.enum(auditActions).optional(),
    /** First day included (organisation's calendar day, UTC). */
    from: dateOnly.optional(),
    /** Last day included. */
    to: dateOnly.optional(),
  })
  .superRefine((query, ctx) => {
    if (query.from && query.to && query.from > query.to) {
      ctx.addIssue({ code: 'custom', path: ['to'], message: 'Must not be before from' });
    }
  });
export type AuditQuery = z.infer<typeof AuditQuerySchema>;
