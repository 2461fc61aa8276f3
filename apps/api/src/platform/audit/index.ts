// The audit log: `recordAudit` for every module; the admins' list and the retention rule.
export { type AuditEventInput, recordAudit, recordAuditMany } from './record-audit';
