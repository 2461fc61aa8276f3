// Retention of the audit log: a year, long enough to answer a question about last season.
import { purgeInBatches, type RetentionRuleDefinition } from '../retention';
import { deleteEventsBefore } from './audit.repository';

const KEPT_FOR_DAYS = 365;

/** Each event is deleted a year after it happened. */
export const auditEventsRetention: RetentionRuleDefinition = {
  id: 'auditEvents',
  action: 'delete',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'event',
  purge: purgeInBatches(KEPT_FOR_DAYS, deleteEventsBefore),
};
