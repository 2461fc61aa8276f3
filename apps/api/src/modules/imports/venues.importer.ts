// Venues from a list of halls: name, kind, address and commune, capacity, step-free access, equipment, position.
import {
  equipmentItems,
  type ImportIssue,
  VenueCreateBodySchema,
  type VenueKind,
} from '@tutti/contracts';
import { parseBoolean, parseDecimal, parseWholeNumber } from '../../platform/tabular';
import { insertVenue, listVenues } from '../venues';
import { venueSpecs as specs } from './headers';
import type { Cells, Importer, LineOutcome } from './import-types';
import { venueKindWords, wordIndex } from './labels';
import { type LineReader, zodIssues } from './line-reader';
import { placeKey, previewFields, readCommune } from './place-fields';

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

  async prepare(_tx, _actor, { communes }) {
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
        notes: line.text('notes'),
      };
      const parsed = VenueCreateBodySchema.safeParse(body);
      if (!parsed.success) {
        const reported = new Set(issues.map((i) => i.field));
        const fresh = zodIssues(line, parsed.error, (path) => String(path[0]));
        issues.push(...fresh.filter((i) => !reported.has(i.field)));
      }
      if (issues.length > 0 || !parsed.success) return { cells, issues, values: null, key: null };
      return {
        cells,
        issues,
        values: parsed.data,
        key: placeKey(parsed.data.name, parsed.data.communeCode),
      };
    };
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

  references: async () => null,

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
  },
};
