// Retention of outgoing e-mail: addresses and bodies (names, links) are not kept for ever.
import { deleteOutboxMessagesBefore } from '../../platform/mail/outbox';
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';

const KEPT_FOR_DAYS = 90;

/** A message sent, kept or failed is deleted 90 days after it was written; pending ones stay. */
export const outboxRetention: RetentionRuleDefinition = {
  id: 'outboxMessages',
  action: 'delete',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'sentOrFailed',
  purge: purgeInBatches(KEPT_FOR_DAYS, deleteOutboxMessagesBefore),
};
