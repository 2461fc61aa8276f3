// Retention of applications to calls: the applicant's identity is needed to tell them the result
// and to answer a question about it, not after. A year after the results were sent (after the
// closing for a call never decided), and once the call's recordings are gone (calls.retention.ts,
// `retentionMonths` after the results), drafts are deleted and submitted applications lose their
// name, address, answers, decision's reason and link to a participant; their random code, part,
// decision and the jurors' scores stay for the call's figures.
import { type Executor, schema } from '@tutti/db';
import { and, isNotNull, sql } from 'drizzle-orm';
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { forgetApplications } from './applications.repository';

const { calls, callApplications } = schema;

const KEPT_FOR_DAYS = 365;

/** Anonymises (or deletes, for drafts) up to `limit` applications past retention; their orgs. */
export async function anonymiseApplicationsPastRetention(
  tx: Executor,
  before: Date,
  limit: number,
) {
  const due = await tx
    .select({ id: callApplications.id, status: callApplications.status })
    .from(callApplications)
    .innerJoin(calls, sql`${calls.id} = ${callApplications.callId}`)
    .where(
      and(
        isNotNull(calls.recordingsPurgedAt),
        sql`coalesce(${calls.resultsAt}, ${calls.closesAt}) < ${before}`,
        sql`${callApplications.email} not like 'erased:%'`,
      ),
    )
    .limit(limit)
    .for('update', { of: callApplications, skipLocked: true });
  if (due.length === 0) return [];
  return forgetApplications(tx, due);
}

/**
 * An application's identity, answers and the decision's reason go a year after the results (or
 * the closing of a call never decided), once its recordings are deleted; drafts are deleted.
 */
export const callApplicationsRetention: RetentionRuleDefinition = {
  id: 'callApplications',
  action: 'anonymise',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'end',
  purge: purgeInBatches(KEPT_FOR_DAYS, anonymiseApplicationsPastRetention),
};
