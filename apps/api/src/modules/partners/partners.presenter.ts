// Shapes partner, contact and agreement rows for the API.
import type { Partner, PartnerAgreement, PartnerContact, PartnerSummary } from '@tutti/contracts';
import type { FileRow } from '../media';
import { presentFileMeta } from '../media';
import type { AgreementRow } from './partner-agreements.repository';
import type { ContactRow } from './partner-contacts.repository';
import type { PartnerRow } from './partners.repository';

export function presentPartnerSummary(
  row: PartnerRow,
  counts: { contactsCount: number; agreementsCount: number },
): PartnerSummary {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    addressLine: row.addressLine,
    postalCode: row.postalCode,
    communeCode: row.communeCode,
    communeName: row.communeName,
    contactsCount: counts.contactsCount,
    agreementsCount: counts.agreementsCount,
    archivedAt: row.archivedAt?.toISOString() ?? null,
  };
}

/** Viewers read who the contacts are, not how to reach them. */
export function presentContact(row: ContactRow, withContactDetails: boolean): PartnerContact {
  return {
    id: row.id,
    name: row.name,
    jobTitle: row.jobTitle,
    email: withContactDetails ? row.email : null,
    phone: withContactDetails ? row.phone : null,
  };
}

/** `today` is the organisation's local date (`YYYY-MM-DD`). */
export function agreementStatus(row: AgreementRow, today: string): PartnerAgreement['status'] {
  if (row.startsOn > today) return 'upcoming';
  if (row.endsOn && row.endsOn < today) return 'ended';
  return 'active';
}

export function presentAgreement(
  row: AgreementRow,
  document: FileRow | null,
  today: string,
): PartnerAgreement {
  return {
    id: row.id,
    title: row.title,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    scope: row.scope,
    status: agreementStatus(row, today),
    document: document ? presentFileMeta(document) : null,
  };
}

export type PartnerDetailParts = {
  partner: PartnerRow;
  contacts: ContactRow[];
  agreements: { agreement: AgreementRow; document: FileRow | null }[];
  venues: { id: string; name: string }[];
  today: string;
  withContactDetails: boolean;
};

export function presentPartner(parts: PartnerDetailParts): Partner {
  const { partner, contacts, agreements, venues, today, withContactDetails } = parts;
  return {
    ...presentPartnerSummary(partner, {
      contactsCount: contacts.length,
      agreementsCount: agreements.length,
    }),
    notes: partner.notes,
    contacts: contacts.map((c) => presentContact(c, withContactDetails)),
    agreements: agreements.map((a) => presentAgreement(a.agreement, a.document, today)),
    venues,
    createdAt: partner.createdAt.toISOString(),
    updatedAt: partner.updatedAt.toISOString(),
  };
}
