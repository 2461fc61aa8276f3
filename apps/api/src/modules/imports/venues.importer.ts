// Venues from a list of halls: name, kind, address and commune, capacity, step-free access, equipment, position.
import {
  equipmentItems,
  IdSchema,
  type ImportIssue,
  PartnerCreateBodySchema,
  type PartnerType,
  VenueCreateBodySchema,
  type VenueKind,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { requirePermission } from '../../platform/auth/request-auth';
import { foldHeader, parseBoolean, parseDecimal, parseWholeNumber } from '../../platform/tabular';
import { insertPartner, listPartners } from '../partners';
import { insertVenue, listVenues } from '../venues';
import type { Cells, Importer, LineOutcome, Mention } from './import-types';
import { kindOfName, partnerTypeWords, venueKindWords, wordIndex } from './labels';
import { type LineReader, zodIssues } from './line-reader';
import { communeOf, placeKey, previewFields, readCommune } from './place-fields';
import { alikeByName } from './suggestions';
import { venueSpecs as specs } from './venues.headers';

/** The partners a venue may belong to: the organisation's, archived ones aside. */
async function organisationPartners(tx: Tx, orgId: string) {
  const { rows } = await listPartners(
    tx,
    orgId,
    { includeArchived: false },
    { limit: 1_000_000, offset: 0 },
  );
  return rows.map(({ partner }) => ({ id: partner.id, name: partner.name }));
}

/** The longest partner name the partner form takes. */
const MAX_PARTNER_NAME = 200;

const venueKindOf = wordIndex(venueKindWords);

type Readers = {
  line: LineReader;
  cells: Cells;
  issues: ImportIssue[];
};

/** A yes/no cell: null when blank, an issue when it is neither. */
function yesNo({ line, cells, issues }: Readers, key: string) {
  const value = parseBoolean(line.raw(key));
  if (value === undefined) issues.push(line.issue(key, 'invalidBoolean'));
  if (typeof value === 'boolean') cells[key] = String(value);
  return value ?? null;
}

function numberCell({ line, cells, issues }: Readers, key: string, read: typeof parseDecimal) {
  const raw = line.raw(key);
  if (raw === null) return null;
  const value = read(raw);
  if (value === null) issues.push(line.issue(key, 'invalidNumber'));
  else cells[key] = String(value);
  return value;
}

export const venuesImporter: Importer = {
  entity: 'venues',
  specs,
  requiredKeys: () => [['name'], ['kind']],
  displayFields: (keys) => previewFields(specs, keys),

  async prepare(tx, actor, { communes }) {
    const byName = new Map<string, { id: string; name: string }[]>();
    for (const partner of await organisationPartners(tx, actor.orgId)) {
      const key = foldHeader(partner.name);
      byName.set(key, [...(byName.get(key) ?? []), partner]);
    }
    return (line): LineOutcome => {
      const cells: Cells = Object.fromEntries(
        specs.filter((s) => line.has(s.field)).map((s) => [s.field, line.text(s.field)]),
      );
      const issues: ImportIssue[] = [];
      const readers = { line, cells, issues };
      const kindText = line.text('kind');
      const kind: VenueKind | undefined = kindText ? venueKindOf(kindText) : undefined;
      if (kindText && !kind) issues.push(line.issue('kind', 'invalidChoice'));
      if (kind) cells.kind = kind;
      const place = readCommune(line, communes, cells);
      issues.push(...place.issues);
      const mentions: Record<string, Mention> = place.mention ? { commune: place.mention } : {};
      const partnerName = line.text('partner');
      const partners = partnerName ? (byName.get(foldHeader(partnerName)) ?? []) : [];
      if (partnerName && partners.length === 1) cells.partner = partners[0]!.name;
      else if (partnerName && partnerName.length > MAX_PARTNER_NAME) {
        issues.push(line.issue('partner', 'tooLong', { max: MAX_PARTNER_NAME }));
      } else if (partnerName) {
        mentions.partner = {
          kind: 'partner',
          field: 'partner',
          key: foldHeader(partnerName),
          value: partnerName,
          problem: partners.length > 1 ? 'ambiguous' : 'unknown',
        };
      }
      const stepFreeAccess = yesNo(readers, 'stepFreeAccess');
      const equipment = equipmentItems.filter((item) => yesNo(readers, item) === true);
      const body = {
        name: line.text('name') ?? undefined,
        kind,
        addressLine: line.text('addressLine'),
        postalCode: place.postalCode,
        communeCode: place.commune?.code ?? null,
        communeName: place.commune?.name ?? null,
        capacity: numberCell(readers, 'capacity', parseWholeNumber),
        latitude: numberCell(readers, 'latitude', parseDecimal),
        longitude: numberCell(readers, 'longitude', parseDecimal),
        // Blank: not stated, which the form records as "no".
        ...(stepFreeAccess === null ? {} : { stepFreeAccess }),
        equipment,
        partnerId: partners.length === 1 ? partners[0]!.id : null,
        notes: line.text('notes'),
      };
      const parsed = VenueCreateBodySchema.safeParse(body);
      if (!parsed.success) {
        const reported = new Set(issues.map((i) => i.field));
        const fresh = zodIssues(line, parsed.error, (path) => String(path[0]));
        issues.push(...fresh.filter((i) => !reported.has(i.field)));
      }
      const errors = issues.some((i) => i.severity === 'error');
      if (errors || !parsed.success) return { cells, issues, values: null, mentions };
      return { cells, issues, values: parsed.data, mentions };
    };
  },

  async suggest(tx, orgId, references) {
    if (references.length === 0) return;
    const partners = await organisationPartners(tx, orgId);
    for (const reference of references) {
      reference.suggestions = alikeByName(reference.value, partners);
      reference.proposedKind = kindOfName<PartnerType>(reference.value, partnerTypeWords, 'other');
    }
  },

  async findTarget(tx, orgId, _reference, id) {
    if (!IdSchema.safeParse(id).success) return null;
    return (await organisationPartners(tx, orgId)).find((p) => p.id === id)?.name ?? null;
  },

  fill(values, targets) {
    return {
      ...(values as object),
      ...(targets.partner ? { partnerId: targets.partner.id } : {}),
      ...communeOf(targets.commune),
    };
  },

  keyOf(values) {
    const venue = values as { name: string; communeCode?: string | null };
    return placeKey(venue.name, venue.communeCode);
  },

  async create(tx, actor, references) {
    const created = new Map<string, string>();
    for (const reference of references) {
      if (reference.kind !== 'partner' || reference.choice?.action !== 'create') continue;
      requirePermission(actor, 'partners.manage');
      const body = PartnerCreateBodySchema.parse({
        name: reference.value,
        type: reference.choice.kind,
      });
      created.set(reference.id, (await insertPartner(tx, actor.orgId, body)).id);
    }
    return created;
  },

  async existingKeys(tx, orgId, keys) {
    const { rows } = await listVenues(
      tx,
      orgId,
      { includeArchived: true },
      { limit: 1_000_000, offset: 0 },
    );
    const existing = new Set(rows.map((venue) => placeKey(venue.name, venue.communeCode)));
    return new Set(keys.filter((key) => existing.has(key)));
  },

  /** The partners venues go to (deleted or archived since makes the preview stale), and the names to create. */
  async references(tx, orgId, _keys, references) {
    const chosen = references.filter((r) => r.kind === 'partner' && r.choice);
    if (chosen.length === 0) return null;
    const partners = await organisationPartners(tx, orgId);
    return chosen.map(({ choice, key }) =>
      choice?.action === 'map'
        ? { map: choice.targetId, exists: partners.some((p) => p.id === choice.targetId) }
        : { name: key, taken: partners.some((p) => foldHeader(p.name) === key) },
    );
  },

  async insertMany(tx, orgId, lines) {
    for (const line of lines) {
      // The fields `createVenue` writes: a new venue has no availability windows or blackouts yet.
      const {
        availability: _windows,
        blackouts: _blackouts,
        ...fields
      } = VenueCreateBodySchema.parse(line);
      await insertVenue(tx, orgId, fields);
    }
    return { consents: 0 };
  },
};
