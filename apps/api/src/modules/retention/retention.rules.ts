// Every retention rule of Tutti, one per kind of personal record, in the order people read them.
import type { RetentionRuleId } from '@tutti/contracts';
import { auditEventsRetention } from '../../platform/audit';
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { accountTokensRetention, loginsRetention } from '../auth';
import { callApplicationsRetention } from '../calls';
import { choirMessagesRetention, choirScoreLoansRetention } from '../choirs';
import { concertOrdersRetention } from '../concerts';
import { supportRequestsRetention } from '../directory';
import { importFilesRetention } from '../imports';
import { spaceRemindersRetention } from '../journey-spaces';
import { memberInvitationsRetention } from '../member-invitations';
import { outboxRetention } from '../outbox';
import { participantsRetention } from '../participants';
import { partnerContactsRetention } from '../partners';
import { rightsRequestsRetention } from '../person-rights';
import { deleteReportsBefore } from './retention.repository';

export type RetentionCounts = Partial<Record<RetentionRuleId, number>>;

const REPORTS_KEPT_FOR_DAYS = 400;

/** The purge reports themselves hold counts only; they are kept a little over a year. */
const reportsRetention: RetentionRuleDefinition = {
  id: 'retentionReports',
  action: 'delete',
  scope: 'organisation',
  keptForDays: REPORTS_KEPT_FOR_DAYS,
  startsFrom: 'purge',
  purge: purgeInBatches(REPORTS_KEPT_FOR_DAYS, deleteReportsBefore),
};

export const retentionRules: RetentionRuleDefinition[] = [
  participantsRetention,
  partnerContactsRetention,
  concertOrdersRetention,
  spaceRemindersRetention,
  supportRequestsRetention,
  callApplicationsRetention,
  memberInvitationsRetention,
  importFilesRetention,
  outboxRetention,
  choirMessagesRetention,
  choirScoreLoansRetention,
  loginsRetention,
  accountTokensRetention,
  rightsRequestsRetention,
  auditEventsRetention,
  reportsRetention,
];
