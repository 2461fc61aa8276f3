// Retention of concert orders: who booked (name, e-mail, phone, access needs) is needed to
// welcome them and to tell them of a change, not after; the seats stay, anonymous, for figures.
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { anonymiseOrdersOfConcertsEndedBefore } from './concerts.repository';

/** Three months after the concert: time to answer a question or a complaint about it. */
const KEPT_FOR_DAYS = 90;

/** An order's name, e-mail, phone and access needs are cleared 90 days after its concert ended. */
export const concertOrdersRetention: RetentionRuleDefinition = {
  id: 'concertOrders',
  action: 'anonymise',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'event',
  purge: purgeInBatches(KEPT_FOR_DAYS, anonymiseOrdersOfConcertsEndedBefore),
};
