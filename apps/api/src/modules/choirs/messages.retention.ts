// Retention of the choir's messages: what a conductor or section leader wrote to a part, a site or
// the whole choir, and who read it (each delivery names a singer), is not kept for ever.
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { deleteMessagesBefore } from './messages.repository';

const KEPT_FOR_DAYS = 365;

/** A message and its deliveries are deleted a year after it was sent. */
export const choirMessagesRetention: RetentionRuleDefinition = {
  id: 'choirMessages',
  action: 'delete',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'sentOrFailed',
  purge: purgeInBatches(KEPT_FOR_DAYS, deleteMessagesBefore),
};
