// Partner structures from an address book: name, type, address and commune, contact persons.
import {
  type ImportIssue,
  PartnerContactCreateBodySchema,
  PartnerCreateBodySchema,
  type PartnerType,
} from '@tutti/contracts';
import { insertContact, insertPartner, listPartners } from '../partners';
import type { Cells, Importer, LineOutcome, Mention } from './import-types';
import { partnerTypeWords, wordIndex } from './labels';
import { type LineReader, zodIssues } from './line-reader';
import { partnerSpecs as specs } from './partners.headers';
import { communeOf, placeKey, previewFields, readCommune } from './place-fields';

const contactFields = ['contactName', 'contactJobTitle', 'contactEmail', 'contactPhone'] as const;

const partnerTypeOf = wordIndex(partnerTypeWords);

export type PartnerImportValues = {
  partner: ReturnType<typeof PartnerCreateBodySchema.parse>;
  contacts: ReturnType<typeof PartnerContactCreateBodySchema.parse>[];
};

/** The numbers of the contacts the columns hold: '' for the first, '.2' for the second... */
function contactSuffixes(line: LineReader): string[] {
  const suffixes = contactFields.flatMap((field) =>
    line.repeats(field).map((key) => key.slice(field.length)),
  );
  return [...new Set(suffixes)].sort((a, b) => a.length - b.length || a.localeCompare(b));
}

function readContacts(line: LineReader, cells: Cells, issues: ImportIssue[]) {
  const contacts: PartnerImportValues['contacts'] = [];
  for (const suffix of contactSuffixes(line)) {
    const [name, jobTitle, email, phone] = contactFields.map((f) => line.text(`${f}${suffix}`));
    if (!name && !jobTitle && !email && !phone) continue;
    const parsed = PartnerContactCreateBodySchema.safeParse({
      name: name ?? undefined,
      jobTitle,
      email,
      phone,
    });
    if (parsed.success) {
      contacts.push(parsed.data);
      cells[`contactEmail${suffix}`] = parsed.data.email ?? null;
    } else {
      const field = {
        name: 'contactName',
        jobTitle: 'contactJobTitle',
        email: 'contactEmail',
        phone: 'contactPhone',
      };
      const keyOf = (path: readonly PropertyKey[]) =>
        `${field[path[0] as keyof typeof field]}${suffix}`;
      issues.push(...zodIssues(line, parsed.error, keyOf));
    }
  }
  return contacts;
}

export const partnersImporter: Importer = {
  entity: 'partners',
  specs,
  requiredKeys: () => [['name'], ['type']],
  displayFields: (keys) => previewFields(specs, keys),

  async prepare(_tx, _actor, { communes }) {
    return (line): LineOutcome => {
      const cells: Cells = Object.fromEntries(
        specs.flatMap((spec) => line.repeats(spec.field)).map((key) => [key, line.text(key)]),
      );
      const issues: ImportIssue[] = [];
      const typeText = line.text('type');
      const type: PartnerType | undefined = typeText ? partnerTypeOf(typeText) : undefined;
      if (typeText && !type) issues.push(line.issue('type', 'invalidChoice'));
      if (type) cells.type = type;
      const place = readCommune(line, communes, cells);
      issues.push(...place.issues);
      const mentions: Record<string, Mention> = place.mention ? { commune: place.mention } : {};
      const contacts = readContacts(line, cells, issues);
      const parsed = PartnerCreateBodySchema.safeParse({
        name: line.text('name') ?? undefined,
        type,
        addressLine: line.text('addressLine'),
        postalCode: place.postalCode,
        communeCode: place.commune?.code ?? null,
        communeName: place.commune?.name ?? null,
        notes: line.text('notes'),
      });
      if (!parsed.success) {
        const reported = new Set(issues.map((i) => i.field));
        const fresh = zodIssues(line, parsed.error, (path) => String(path[0]));
        issues.push(...fresh.filter((i) => !reported.has(i.field)));
      }
      const errors = issues.some((i) => i.severity === 'error');
      if (errors || !parsed.success) return { cells, issues, values: null, mentions };
      const values: PartnerImportValues = { partner: parsed.data, contacts };
      return { cells, issues, values, mentions };
    };
  },

  // Partners name no record of the organisation: only communes, which have their own suggestions.
  suggest: async () => {},
  findTarget: async () => null,
  create: async () => new Map(),

  fill(values, targets) {
    const { partner, contacts } = values as PartnerImportValues;
    return { partner: { ...partner, ...communeOf(targets.commune) }, contacts };
  },

  keyOf(values) {
    const { partner } = values as PartnerImportValues;
    return placeKey(partner.name, partner.communeCode);
  },

  async existingKeys(tx, orgId, keys) {
    const { rows } = await listPartners(
      tx,
      orgId,
      { includeArchived: true },
      { limit: 1_000_000, offset: 0 },
    );
    const existing = new Set(
      rows.map(({ partner }) => placeKey(partner.name, partner.communeCode)),
    );
    return new Set(keys.filter((key) => existing.has(key)));
  },

  references: async () => null,

  async insertMany(tx, orgId, lines) {
    for (const line of lines) {
      const { partner, contacts } = line as PartnerImportValues;
      const created = await insertPartner(tx, orgId, PartnerCreateBodySchema.parse(partner));
      for (const contact of contacts) {
        await insertContact(tx, orgId, created.id, PartnerContactCreateBodySchema.parse(contact));
      }
    }
    return { consents: 0 };
  },
};
