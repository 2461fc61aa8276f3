// Retention: how long each kind of personal record is kept, and what each daily purge did.
import { z } from 'zod';

/** Every kind of personal record Tutti keeps, each with one retention rule. */
export const retentionRuleIds = [
  'participants',
  'logins',
  'accountTokens',
  'memberInvitations',
  'outboxMessages',
  'choirMessages',
  'choirScoreLoans',
  'importFiles',
  'partnerContacts',
  'concertOrders',
  'spaceReminders',
  'supportRequests',
  'callApplications',
  'rightsRequests',
  'auditEvents',
  'retentionReports',
] as const;
export type RetentionRuleId = (typeof retentionRuleIds)[number];

/** What happens when the period is over. */
export const retentionActions = ['anonymise', 'delete'] as const;

/** From what moment the period runs. */
export const retentionStarts = [
  'endOfSchoolYear',
  'expiry',
  'end',
  'sentOrFailed',
  'upload',
  'partnerArchived',
  'answer',
  'event',
  'handled',
  'purge',
] as const;

export const RetentionRuleSchema = z.object({
  id: z.enum(retentionRuleIds),
  action: z.enum(retentionActions),
  /** The period, in days (0: as soon as the starting moment has passed). */
  keptForDays: z.number().int().nonnegative(),
  startsFrom: z.enum(retentionStarts),
  /** Records of an organisation, or of a person's account (logins, e-mail tokens). */
  scope: z.enum(['organisation', 'account']),
});
export type RetentionRule = z.infer<typeof RetentionRuleSchema>;

export const RetentionReportSchema = z.object({
  ranAt: z.iso.datetime(),
  /** Records anonymised or deleted in this organisation, per rule: counts only. */
  counts: z.partialRecord(z.enum(retentionRuleIds), z.number().int().nonnegative()),
});
export type RetentionReport = z.infer<typeof RetentionReportSchema>;

export const RetentionOverviewSchema = z.object({
  rules: z.array(RetentionRuleSchema),
  /** The most recent daily purges, newest first. */
  reports: z.array(RetentionReportSchema),
});
export type RetentionOverview = z.infer<typeof RetentionOverviewSchema>;
