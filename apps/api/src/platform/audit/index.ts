// The audit log: `recordAudit` for every module; the admins' list and the retention rule.
export { auditEventsRetention } from './audit.retention';
export { registerAuditRoutes } from './audit.routes';
export { type AuditEventInput, recordAudit, recordAuditMany, recordExport } from './record-audit';
