// What the app (routes, jobs) and other modules may use from partners: for imports and exports the
// inserts and the lists, and for venues the lookup of a partner.
export type { ContactRow } from './partner-contacts.repository';
export { findPartnersByIds } from './partner-reads';
export {
  findPartner,
  insertContact,
  insertPartner,
  listOrganisationContacts,
  listPartners,
} from './partners.bulk';
export type { PartnerRow } from './partners.repository';
export { partnerContactsRetention } from './partners.retention';
export { registerPartnerRoutes } from './partners.routes';
