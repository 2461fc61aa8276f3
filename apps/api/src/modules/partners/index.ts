// What other modules may use from partners: for imports and exports, the inserts and the lists.
export {
  type ContactRow,
  insertContact,
  listOrganisationContacts,
} from './partner-contacts.repository';
export { insertPartner, listPartners, type PartnerRow } from './partners.repository';
