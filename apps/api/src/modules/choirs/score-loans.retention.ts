// Retention of printed score loans: a returned loan says who held which copy, and is not kept for
// ever; a loan's note is cleared once its singer's record is anonymised (the copy stays counted).
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { purgeLoansBefore } from './score-loans.repository';

const KEPT_FOR_DAYS = 365;

/** A loan is deleted a year after the copies came back. */
export const choirScoreLoansRetention: RetentionRuleDefinition = {
  id: 'choirScoreLoans',
  action: 'delete',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'end',
  purge: purgeInBatches(KEPT_FOR_DAYS, purgeLoansBefore),
};
