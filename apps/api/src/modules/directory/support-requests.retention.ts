// Retention of the requests for help to start an ensemble: who asked (name, e-mail, phone,
// message) is needed to call them back and follow the first steps, not after; the commune and
// dates stay, without a person, so the territory map keeps showing where help was asked for.
import {
  SUPPORT_REQUEST_KEPT_DAYS_AFTER_HANDLED,
  SUPPORT_REQUEST_KEPT_DAYS_UNHANDLED,
} from '@tutti/contracts';
import {
  cutoff,
  inBatches,
  PURGE_BATCH,
  type RetentionRuleDefinition,
} from '../../platform/retention';
import { anonymiseExpiredSupportRequests } from './directory.repository';

/**
 * Anonymised six months after a coordinator marked the request handled (time to call back, send
 * the kit and see a first rehearsal through), or a year after it was sent if nobody handled it.
 */
export const supportRequestsRetention: RetentionRuleDefinition = {
  id: 'supportRequests',
  action: 'anonymise',
  scope: 'organisation',
  keptForDays: SUPPORT_REQUEST_KEPT_DAYS_AFTER_HANDLED,
  startsFrom: 'handled',
  purge: (database, now) =>
    inBatches(database, (tx) =>
      anonymiseExpiredSupportRequests(
        tx,
        cutoff(now, SUPPORT_REQUEST_KEPT_DAYS_AFTER_HANDLED),
        cutoff(now, SUPPORT_REQUEST_KEPT_DAYS_UNHANDLED),
        PURGE_BATCH,
      ),
    ),
};
