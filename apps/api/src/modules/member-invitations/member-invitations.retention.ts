// Retention of invitations to join: the address they were sent to is not kept for ever.
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { deleteEndedMemberInvitations } from './member-invitations.repository';

const KEPT_FOR_DAYS = 90;

/** An invitation is deleted 90 days after it was accepted, revoked or expired. */
export const memberInvitationsRetention: RetentionRuleDefinition = {
  id: 'memberInvitations',
  action: 'delete',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'end',
  purge: purgeInBatches(KEPT_FOR_DAYS, deleteEndedMemberInvitations),
};
