// Loads everything a partner's page shows, inside the caller's tenant transaction.
import type { Tx } from '@tutti/db';
import { today } from '@tutti/kit/dates';
import type { OrgActor } from '../../platform/auth/request-auth';
import { notFound } from '../../platform/errors';
import { organisationTimeZone } from '../organisations';
import * as agreements from './partner-agreements.repository';
import * as contacts from './partner-contacts.repository';
import { seesContactDetails } from './partners.policies';
import { type PartnerDetailParts, presentPartner } from './partners.presenter';
import * as partners from './partners.repository';

/** Today in the organisation's time zone, for agreement statuses. */
export async function organisationToday(tx: Tx, orgId: string) {
  return today(await organisationTimeZone(tx, orgId));
}

export async function requirePartner(tx: Tx, orgId: string, partnerId: string) {
  const partner = await partners.findPartner(tx, orgId, partnerId);
  if (!partner) throw notFound('PARTNER.NOT_FOUND', 'Partner');
  return partner;
}

export async function loadPartnerDetail(tx: Tx, actor: OrgActor, partnerId: string) {
  const partner = await requirePartner(tx, actor.orgId, partnerId);
  const parts: PartnerDetailParts = {
    partner,
    contacts: await contacts.listContacts(tx, actor.orgId, partnerId),
    agreements: await agreements.listAgreements(tx, actor.orgId, partnerId),
    venues: await partners.listPartnerVenues(tx, actor.orgId, partnerId),
    today: await organisationToday(tx, actor.orgId),
    withContactDetails: seesContactDetails(actor.role),
  };
  return presentPartner(parts);
}
