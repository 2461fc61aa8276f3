// The sheets exports write, with French headers that the imports read back. Never access needs.
import { equipmentItems, languageName } from '@tutti/contracts';
import { VOCABULARY } from '@tutti/contracts/vocabulary';
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import type { Sheet, SheetCell, SheetColumn } from '../../platform/tabular';
import { listEnsemblesForExport } from '../directory';
import { findGroupInScope } from '../groups';
import { listParticipants, presentParticipant } from '../participants';
import { type ContactRow, listOrganisationContacts, listPartners } from '../partners';
import { listVenues } from '../venues';
import {
  ageBandLabel,
  consentStatusLabels,
  equipmentHeaders,
  firstWord,
  partnerTypeWords,
  venueKindWords,
} from './labels';

const ALL = { limit: 10_000_000, offset: 0 };
const text = (header: string): SheetColumn => ({ header, type: 'text' });

const placeColumns = [text('Adresse'), text('Code postal'), text('Commune'), text('Code INSEE')];

/**
 * Participants listed in lists (archived and anonymised ones are not): the fields the list
 * shows, with the consent status. Access needs are read nowhere here: the query runs in a
 * transaction without the sensitive flag, where the database hides them anyway.
 */
export async function participantsSheet(
  tx: Tx,
  actor: OrgActor,
  groupId: string | undefined,
): Promise<Sheet> {
  if (groupId) await findGroupInScope(tx, actor, groupId);
  const { items } = await listParticipants(
    tx,
    { orgId: actor.orgId, groupId, archived: 'exclude' },
    ALL,
  );
  return {
    name: 'Participants',
    columns: [
      text('Prénom'),
      text('Nom'),
      text("Tranche d'âge"),
      text('Commune'),
      text('Code INSEE'),
      text('Groupe'),
      text('Autorisation parentale'),
    ],
    rows: items
      .map(presentParticipant)
      .map((p) => [
        p.firstName,
        p.lastName,
        ageBandLabel(p.ageBand),
        p.communeName,
        p.communeCode,
        p.group.name,
        consentStatusLabels[p.consentStatus],
      ]),
  };
}

/** One line per partner; its contacts side by side ("Contact", "Contact 2"...), as many as the most has. */
export async function partnersSheet(tx: Tx, actor: OrgActor): Promise<Sheet> {
  const { rows } = await listPartners(tx, actor.orgId, { includeArchived: false }, ALL);
  const contactsOf = new Map<string, ContactRow[]>();
  for (const contact of await listOrganisationContacts(tx, actor.orgId)) {
    contactsOf.set(contact.partnerId, [...(contactsOf.get(contact.partnerId) ?? []), contact]);
  }
  const most = Math.max(1, ...[...contactsOf.values()].map((list) => list.length));
  const contactColumns = Array.from({ length: most }, (_, i) => {
    const n = i === 0 ? '' : ` ${i + 1}`;
    return [text(`Contact${n}`), text(`Fonction${n}`), text(`E-mail${n}`), text(`Téléphone${n}`)];
  }).flat();
  return {
    name: 'Partenaires',
    columns: [
      text('Nom de la structure'),
      text('Type'),
      ...placeColumns,
      text('Remarques'),
      ...contactColumns,
    ],
    rows: rows.map(({ partner }) => {
      const contacts = contactsOf.get(partner.id) ?? [];
      const contactCells: SheetCell[] = Array.from({ length: most }, (_, i) => {
        const c = contacts[i];
        return c ? [c.name, c.jobTitle, c.email, c.phone] : [null, null, null, null];
      }).flat();
      return [
        partner.name,
        firstWord(partnerTypeWords, partner.type),
        partner.addressLine,
        partner.postalCode,
        partner.communeName,
        partner.communeCode,
        partner.notes,
        ...contactCells,
      ];
    }),
  };
}

export async function venuesSheet(tx: Tx, actor: OrgActor): Promise<Sheet> {
  const { rows } = await listVenues(tx, actor.orgId, { includeArchived: false }, ALL);
  return {
    name: 'Lieux',
    columns: [
      text('Nom du lieu'),
      text('Type de lieu'),
      ...placeColumns,
      { header: 'Jauge', type: 'integer' },
      { header: 'Accès PMR', type: 'boolean' },
      ...equipmentItems.map(
        (item): SheetColumn => ({ header: equipmentHeaders[item][0]!, type: 'boolean' }),
      ),
      { header: 'Latitude', type: 'decimal' },
      { header: 'Longitude', type: 'decimal' },
      text('Remarques'),
    ],
    rows: rows.map((venue) => [
      venue.name,
      firstWord(venueKindWords, venue.kind),
      venue.addressLine,
      venue.postalCode,
      venue.communeName,
      venue.communeCode,
      venue.capacity,
      venue.stepFreeAccess,
      ...equipmentItems.map((item) => venue.equipment.includes(item)),
      venue.latitude,
      venue.longitude,
      venue.notes,
    ]),
  };
}

/** The directory's listings, with French words the import reads back (kinds, genres, parts). */
export async function ensemblesSheet(tx: Tx, actor: OrgActor): Promise<Sheet> {
  const words = VOCABULARY.fr;
  const listed = await listEnsemblesForExport(tx, actor.orgId);
  return {
    name: 'Ensembles',
    columns: [
      text('Nom'),
      text('Type'),
      ...placeColumns,
      text('RRULE'),
      text('Heure'),
      text('Répertoire'),
      text('Pupitres recherchés'),
      text('Langues'),
      { header: 'Audition', type: 'boolean' },
      { header: 'Cotisation', type: 'decimal' },
      { header: 'Tarif solidaire', type: 'decimal' },
      text('Présentation'),
      text('Contact'),
      text('E-mail'),
      text('Téléphone'),
      text('Site'),
    ],
    rows: listed.map(({ ensemble, place }) => [
      ensemble.name,
      words.ensembleKind[ensemble.kind],
      place?.addressLine ?? null,
      place?.postalCode ?? null,
      place?.communeName ?? null,
      place?.communeCode ?? null,
      ensemble.rehearsals[0]?.rule ?? null,
      ensemble.rehearsals[0]?.startTime ?? null,
      ensemble.genres.map((genre) => words.musicGenre[genre]).join(', ') || null,
      ensemble.partsSought.map((part) => words.ensemblePart[part]).join(', ') || null,
      ensemble.workingLanguages.map((code) => languageName(code, 'fr')).join(', ') || null,
      ensemble.auditionRequired,
      ensemble.annualFeeCents === null ? null : ensemble.annualFeeCents / 100,
      ensemble.solidarityFeeCents === null ? null : ensemble.solidarityFeeCents / 100,
      ensemble.description,
      ensemble.contactName,
      ensemble.contactEmail,
      ensemble.contactPhone,
      ensemble.website,
    ]),
  };
}
