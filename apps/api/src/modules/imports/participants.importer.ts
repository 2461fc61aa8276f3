// Participants from a class list: names, an age band (or an age, or a birth date never kept),
// commune, group (an unknown one created, mapped or refused in the preview), guardian consent.
import { randomUUID } from 'node:crypto';
import {
  type AgeBand,
  type GroupKind,
  IdSchema,
  type ImportIssue,
  ParticipantCreateBodySchema,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { utcDate } from '@tutti/kit/dates';
import { requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { foldHeader } from '../../platform/tabular';
import { insertImportedGroup, listGroups } from '../groups';
import {
  type EnrolmentFields,
  insertImportedConsents,
  insertParticipants,
  listParticipants,
  newParticipantValues,
  searchNameOf,
} from '../participants';
import { bandOfBirthDate, readAge } from './age-reading';
import {
  CONSENT_KEYS,
  type ImportedConsent,
  ImportedConsentSchema,
  importDay,
  readConsent,
} from './consent-cells';
import { type Cells, type Importer, type Mention, NEW_PREFIX } from './import-types';
import { groupKindWords, kindOfName } from './labels';
import { zodIssues } from './line-reader';
import { participantSpecs as specs } from './participants.headers';
import { communeOf, previewFields, readCommune } from './place-fields';
import { alikeByName } from './suggestions';

type GroupInfo = { id: string; name: string; listedIndividually: boolean; ageBand: AgeBand | null };

/** What a line becomes: the enrolment, the guardian consent read with it, and its line. */
export type ParticipantImportValues = {
  participant: EnrolmentFields;
  consent: ImportedConsent | null;
  line: number;
};

/** Stands for a group a choice will name, while the line's other fields are checked. */
const SOME_GROUP = '00000000-0000-4000-8000-000000000000';

/** The longest group name the group form takes. */
const MAX_GROUP_NAME = 160;

async function organisationGroups(tx: Tx, orgId: string): Promise<GroupInfo[]> {
  const { items } = await listGroups(
    tx,
    { orgId, archived: 'exclude' },
    { limit: 100_000, offset: 0 },
  );
  return items.map(({ group }) => ({
    id: group.id,
    name: group.name,
    listedIndividually: group.listedIndividually,
    ageBand: group.ageBand,
  }));
}

export const participantsImporter: Importer = {
  entity: 'participants',
  specs,
  requiredKeys: ({ groupId }) => [['firstName'], ...(groupId ? [] : [['group']])],
  displayFields: (keys) => {
    const consent = CONSENT_KEYS.some((key) => keys.has(key));
    return previewFields(specs, keys, ['ageBand', 'group'])
      .filter((f) => f !== 'birthDate' && !(CONSENT_KEYS as readonly string[]).includes(f))
      .concat(consent ? ['consent'] : []);
  },

  async prepare(tx, actor, { groupId, communes }) {
    const groups = await organisationGroups(tx, actor.orgId);
    const byName = new Map<string, GroupInfo[]>();
    for (const group of groups) {
      const key = foldHeader(group.name);
      byName.set(key, [...(byName.get(key) ?? []), group]);
    }
    const chosen = groupId ? chosenGroup(groupId, groups) : null;
    const today = utcDate(new Date());
    const day = importDay(today);

    return (line) => {
      const cells: Cells = {};
      const issues: ImportIssue[] = [];
      const mentions: Record<string, Mention> = {};
      for (const key of ['firstName', 'lastName', 'group', 'ageBand']) cells[key] = line.text(key);

      const named = line.text('group');
      let group: GroupInfo | null = chosen;
      if (named) {
        const matches = byName.get(foldHeader(named)) ?? [];
        group = matches.length === 1 ? matches[0]! : null;
        if (matches.length === 1 && !group!.listedIndividually) {
          issues.push(line.issue('group', 'groupCountedOnly', { name: named }));
        } else if (matches.length !== 1 && named.length > MAX_GROUP_NAME) {
          issues.push(line.issue('group', 'tooLong', { max: MAX_GROUP_NAME }));
        } else if (matches.length !== 1) {
          // A group the organisation does not have (or has twice): the preview asks what it is.
          mentions.group = {
            kind: 'group',
            field: 'group',
            key: foldHeader(named),
            value: named,
            problem: matches.length > 1 ? 'ambiguous' : 'unknown',
          };
        }
      } else if (!group) issues.push(line.issue('group', 'required'));
      if (group) cells.group = group.name;

      const ageKey =
        line.raw('ageBand') !== null
          ? 'ageBand'
          : line.raw('birthDate') !== null
            ? 'birthDate'
            : null;
      const age =
        ageKey === 'ageBand'
          ? readAge(line.raw('ageBand'), today)
          : ageKey === 'birthDate'
            ? bandOfBirthDate(line.raw('birthDate'), today)
            : group?.ageBand
              ? { band: group.ageBand }
              : null;
      if (age && 'problem' in age) issues.push(line.issue(ageKey, age.problem));
      if (age && 'band' in age) {
        cells.ageBand = age.band;
        // How a birth date was read is said, never the date itself.
        for (const repair of age.repairs ?? []) {
          issues.push({ ...line.warning(ageKey, repair), value: null });
        }
      }

      const place = readCommune(line, communes, cells);
      issues.push(...place.issues);
      if (place.mention) mentions.commune = place.mention;
      const band = age && 'band' in age ? age.band : null;
      const consent = readConsent(line, band, day, cells);
      issues.push(...consent.issues);

      const body = {
        groupId: group?.id ?? (mentions.group ? SOME_GROUP : undefined),
        firstName: line.text('firstName') ?? undefined,
        lastName: line.text('lastName'),
        ageBand: band ?? undefined,
        communeCode: place.commune?.code ?? null,
        communeName: place.commune?.name ?? null,
      };
      const parsed = ParticipantCreateBodySchema.safeParse(body);
      if (!parsed.success) {
        const reported = new Set(issues.map((i) => i.field));
        const keyOf = (path: readonly PropertyKey[]) =>
          path[0] === 'groupId'
            ? 'group'
            : path[0] === 'ageBand'
              ? (ageKey ?? 'ageBand')
              : String(path[0]);
        issues.push(...zodIssues(line, parsed.error, keyOf).filter((i) => !reported.has(i.field)));
      }
      const errors = issues.some((i) => i.severity === 'error');
      if (errors || !parsed.success) return { cells, issues, values: null, mentions };
      const participant: EnrolmentFields = {
        ...parsed.data,
        groupId: mentions.group ? '' : parsed.data.groupId,
      };
      cells.firstName = participant.firstName;
      cells.lastName = participant.lastName ?? null;
      const values: ParticipantImportValues = {
        participant,
        consent: consent.consent,
        line: line.line,
      };
      return { cells, issues, values, mentions };
    };
  },

  async suggest(tx, orgId, references) {
    if (references.length === 0) return;
    const listed = (await organisationGroups(tx, orgId)).filter((g) => g.listedIndividually);
    for (const reference of references) {
      reference.suggestions = alikeByName(reference.value, listed);
      reference.proposedKind = kindOfName<GroupKind>(reference.value, groupKindWords, 'other');
    }
  },

  async findTarget(tx, orgId, _reference, id) {
    if (!IdSchema.safeParse(id).success) return null;
    const group = (await organisationGroups(tx, orgId)).find((g) => g.id === id);
    return group?.listedIndividually ? group.name : null;
  },

  fill(values, targets) {
    const { participant, ...rest } = values as ParticipantImportValues;
    return {
      ...rest,
      participant: {
        ...participant,
        ...(targets.group ? { groupId: targets.group.id } : {}),
        ...communeOf(targets.commune),
      },
    };
  },

  keyOf(values) {
    const { participant } = values as ParticipantImportValues;
    return `${participant.groupId}|${searchNameOf(participant.firstName, participant.lastName)}`;
  },

  async existingKeys(tx, orgId, keys) {
    const existing = new Set<string>();
    for (const groupId of groupIdsOf(keys)) {
      const { items } = await listParticipants(
        tx,
        { orgId, groupId, archived: 'include' },
        { limit: 1_000_000, offset: 0 },
      );
      for (const { participant } of items) {
        if (!participant.anonymisedAt) existing.add(`${groupId}|${participant.searchName}`);
      }
    }
    return new Set(keys.filter((key) => existing.has(key)));
  },

  /**
   * The groups the lines go into (deleted, renamed, archived or counted-only since makes the
   * preview stale), and whether each group to create still has a free name.
   */
  async references(tx, orgId, keys, references) {
    const groups = await organisationGroups(tx, orgId);
    const sameName = (name: string) => groups.filter((g) => foldHeader(g.name) === name).length;
    const into = groupIdsOf(keys).map((id) => {
      const group = groups.find((g) => g.id === id);
      if (!group) return { id, missing: true };
      return { ...group, sameName: sameName(foldHeader(group.name)) };
    });
    const toCreate = references
      .filter((r) => r.kind === 'group' && r.choice?.action === 'create')
      .map((r) => ({ name: r.key, taken: sameName(r.key) }));
    return { into, toCreate };
  },

  async create(tx, actor, references) {
    const created = new Map<string, string>();
    for (const reference of references) {
      if (reference.kind !== 'group' || reference.choice?.action !== 'create') continue;
      requirePermission(actor, 'groups.write');
      const kind = reference.choice.kind as GroupKind;
      const id = await insertImportedGroup(tx, actor.orgId, { name: reference.value, kind });
      created.set(reference.id, id);
    }
    return created;
  },

  async insertMany(tx, orgId, lines, { fileName, recordedBy }) {
    const today = new Date();
    const read = lines.map((line) => {
      const { participant, consent, line: number } = line as ParticipantImportValues;
      const fields = ParticipantCreateBodySchema.parse(participant);
      return {
        row: { id: randomUUID(), ...newParticipantValues(fields, today) },
        consent: consent ? ImportedConsentSchema.parse(consent) : null,
        line: number,
      };
    });
    // Minors without a consent in the file arrive with the "consent missing" flag.
    await insertParticipants(
      tx,
      orgId,
      read.map((r) => r.row),
    );
    const consents = read.flatMap(({ row, consent, line }) =>
      consent
        ? [
            {
              orgId,
              participantId: row.id,
              guardianName: consent.guardianName,
              guardianEmail: consent.guardianEmail ?? null,
              guardianPhone: consent.guardianPhone ?? null,
              givenOn: consent.givenOn,
              method: consent.method,
              purposes: consent.purposes,
              recordedBy,
              sourceFile: fileName,
              sourceLine: line,
            },
          ]
        : [],
    );
    await insertImportedConsents(tx, consents);
    return { consents: consents.length };
  },
};

/** The existing groups named in keys (groups an import creates have no members yet). */
function groupIdsOf(keys: readonly string[]): string[] {
  const ids = keys.map((key) => key.split('|')[0]!).filter((id) => !id.startsWith(NEW_PREFIX));
  return [...new Set(ids)].sort();
}

/** The group chosen for the whole file: one of the organisation's, not archived, listing its members. */
function chosenGroup(groupId: string, groups: GroupInfo[]) {
  const group = groups.find((g) => g.id === groupId);
  if (!group) {
    throw new AppError('IMPORT.UNKNOWN_GROUP', 'No such group in this organisation', {
      fields: [{ path: 'querystring.groupId', message: 'No such group' }],
    });
  }
  if (!group.listedIndividually) {
    throw new AppError('PARTICIPANT.GROUP_COUNTED_ONLY', 'This group is counted, not listed', {
      fields: [{ path: 'querystring.groupId', message: 'The group is counted only' }],
    });
  }
  return group;
}
