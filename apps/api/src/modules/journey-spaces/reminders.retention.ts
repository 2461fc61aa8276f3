// Retention of the reminder e-mails' addresses: kept while the journey has sessions to remind of,
// and a month after; an address never confirmed goes a month after it was given.
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { deleteEndedBefore } from './reminders.repository';

const KEPT_FOR_DAYS = 30;

/** Deleted 30 days after the journey's last session, or after being asked and never confirmed. */
export const spaceRemindersRetention: RetentionRuleDefinition = {
  id: 'spaceReminders',
  action: 'delete',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'end',
  purge: purgeInBatches(KEPT_FOR_DAYS, deleteEndedBefore),
};
