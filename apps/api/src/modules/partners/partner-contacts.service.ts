// Contact persons of a partner: added, corrected and removed by coordinators and admins.
import type { PartnerContactCreateBody, PartnerContactUpdateBody } from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import * as contacts from './partner-contacts.repository';
import { requirePartner } from './partner-detail';
import { presentContact } from './partners.presenter';

export async function addContact({
  actor,
  partnerId,
  input,
}: {
  actor: OrgActor;
  partnerId: string;
  input: PartnerContactCreateBody;
}) {
  requirePermission(actor, 'partners.manage');
  return actor.inTenant(async (tx) => {
    await requirePartner(tx, actor.orgId, partnerId);
    return presentContact(await contacts.insertContact(tx, actor.orgId, partnerId, input), true);
  });
}

export async function updateContact({
  actor,
  partnerId,
  contactId,
  input,
}: {
  actor: OrgActor;
  partnerId: string;
  contactId: string;
  input: PartnerContactUpdateBody;
}) {
  requirePermission(actor, 'partners.manage');
  const row = await actor.inTenant((tx) =>
    contacts.updateContact(tx, { orgId: actor.orgId, partnerId, contactId }, input),
  );
  if (!row) throw new AppError('PARTNER.CONTACT_NOT_FOUND', 'Contact not found');
  return presentContact(row, true);
}

export async function removeContact({
  actor,
  partnerId,
  contactId,
}: {
  actor: OrgActor;
  partnerId: string;
  contactId: string;
}) {
  requirePermission(actor, 'partners.manage');
  const removed = await actor.inTenant((tx) =>
    contacts.deleteContact(tx, { orgId: actor.orgId, partnerId, contactId }),
  );
  if (!removed) throw new AppError('PARTNER.CONTACT_NOT_FOUND', 'Contact not found');
}
