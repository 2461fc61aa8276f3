// Retention of concert orders: who booked (name, e-mail, phone, access needs) is needed to
// welcome them and to tell them of a change, not after; the seats stay, anonymous, for figures.
// The same holds for a waiting list's parties and a group order's head.
import {
  type PurgeCounts,
  purgeInBatches,
  type RetentionRuleDefinition,
} from '../../platform/retention';
import { anonymiseOrdersOfConcertsEndedBefore } from './concerts.repository';
import { clearHeadsOfConcertsEndedBefore } from './group-orders.repository';
import { anonymiseEntriesOfConcertsEndedBefore } from './waiting-list.repository';

/** Three months after the concert: time to answer a question or a complaint about it. */
const KEPT_FOR_DAYS = 90;

const purges = [
  purgeInBatches(KEPT_FOR_DAYS, anonymiseOrdersOfConcertsEndedBefore),
  purgeInBatches(KEPT_FOR_DAYS, anonymiseEntriesOfConcertsEndedBefore),
  purgeInBatches(KEPT_FOR_DAYS, clearHeadsOfConcertsEndedBefore),
];

/**
 * An order's name, e-mail, phone and access needs, a waiting list party's name and contact, and
 * a group head's address are cleared 90 days after the concert ended.
 */
export const concertOrdersRetention: RetentionRuleDefinition = {
  id: 'concertOrders',
  action: 'anonymise',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'event',
  purge: async (database, now) => {
    const counts: PurgeCounts = new Map();
    for (const purge of purges) {
      for (const [orgId, count] of await purge(database, now)) {
        counts.set(orgId, (counts.get(orgId) ?? 0) + count);
      }
    }
    return counts;
  },
};
