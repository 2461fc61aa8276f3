// The current organisation, read for other modules inside their tenant transaction: its name for
// e-mails, its time zone for local dates (row-level security leaves only that organisation).
import * as organisations from './organisations.repository';

export function findCurrentOrganisation(
  ...args: Parameters<typeof organisations.findCurrentOrganisation>
) {
  return organisations.findCurrentOrganisation(...args);
}
