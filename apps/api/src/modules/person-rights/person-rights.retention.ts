// Retention of the requests log: kept as proof that each request was answered, then deleted.
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { purgeAnsweredRequests } from './person-rights.repository';

/** Three years after the answer: long enough to show how a request was handled if asked. */
const KEPT_FOR_DAYS = 3 * 365;

/**
 * A request is deleted three years after its answer (open requests stay until answered); the
 * notes of requests whose person was anonymised are cleared at once.
 */
export const rightsRequestsRetention: RetentionRuleDefinition = {
  id: 'rightsRequests',
  action: 'delete',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'answer',
  purge: purgeInBatches(KEPT_FOR_DAYS, purgeAnsweredRequests),
};
