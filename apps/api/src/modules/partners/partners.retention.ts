// Retention of partners' contacts: people's names and details go when the partnership ended.
import { purgeInBatches, type RetentionRuleDefinition } from '../../platform/retention';
import { deleteContactsOfPartnersArchivedBefore } from './partner-contacts.repository';

/** Three years, the period after which a contact that stopped is no longer a relation. */
const KEPT_FOR_DAYS = 3 * 365;

/** A partner's contacts are deleted three years after the partner was archived. */
export const partnerContactsRetention: RetentionRuleDefinition = {
  id: 'partnerContacts',
  action: 'delete',
  scope: 'organisation',
  keptForDays: KEPT_FOR_DAYS,
  startsFrom: 'partnerArchived',
  purge: purgeInBatches(KEPT_FOR_DAYS, deleteContactsOfPartnersArchivedBefore),
};
