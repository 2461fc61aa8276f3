// Partners and their contacts read and written for other modules (imports, exports, venues),
// inside the caller's transaction: the caller checks access.
import * as contacts from './partner-contacts.repository';
import * as partners from './partners.repository';

/** A page of the organisation's partners with their counts of contacts and agreements. */
export function listPartners(...args: Parameters<typeof partners.listPartners>) {
  return partners.listPartners(...args);
}

/** The partner with this id in the organisation, or null. */
export function findPartner(...args: Parameters<typeof partners.findPartner>) {
  return partners.findPartner(...args);
}

export function insertPartner(...args: Parameters<typeof partners.insertPartner>) {
  return partners.insertPartner(...args);
}

/** Every contact of every partner of the organisation, by name. */
export function listOrganisationContacts(
  ...args: Parameters<typeof contacts.listOrganisationContacts>
) {
  return contacts.listOrganisationContacts(...args);
}

export function insertContact(...args: Parameters<typeof contacts.insertContact>) {
  return contacts.insertContact(...args);
}
