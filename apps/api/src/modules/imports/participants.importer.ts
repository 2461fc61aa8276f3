// Participants from a class list: names, an age band (or an age, or a birth date never kept), commune, group.
import { type AgeBand, type ImportIssue, ParticipantCreateBodySchema } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { utcDate } from '@tutti/kit/dates';
import { AppError } from '../../platform/errors';
import { foldHeader } from '../../platform/tabular';
import { listGroups } from '../groups';
import {
  type EnrolmentFields,
  insertParticipants,
  listParticipants,
  newParticipantValues,
  searchNameOf,
} from '../participants';
import { bandOfBirthDate, readAge } from './age-reading';
import { participantSpecs as specs } from './headers';
import type { Cells, Importer } from './import-types';
import { zodIssues } from './line-reader';
import { previewFields, readCommune } from './place-fields';

type GroupInfo = { id: string; name: string; listedIndividually: boolean; ageBand: AgeBand | null };

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
  displayFields: (keys) =>
    previewFields(specs, keys, ['ageBand', 'group']).filter((f) => f !== 'birthDate'),

  async prepare(tx, actor, { groupId, communes }) {
    const groups = await organisationGroups(tx, actor.orgId);
    const byName = new Map<string, GroupInfo[]>();
    for (const group of groups) {
      const key = foldHeader(group.name);
      byName.set(key, [...(byName.get(key) ?? []), group]);
    }
    const chosen = groupId ? chosenGroup(groupId, groups) : null;
    const today = utcDate(new Date());

    return (line) => {
      const cells: Cells = {};
      const issues: ImportIssue[] = [];
      for (const key of ['firstName', 'lastName', 'group', 'ageBand']) cells[key] = line.text(key);

      const named = line.text('group');
      let group: GroupInfo | null = chosen;
      if (named) {
        const matches = byName.get(foldHeader(named)) ?? [];
        group = matches.length === 1 ? matches[0]! : null;
        if (matches.length !== 1) {
          issues.push(
            line.issue('group', matches.length ? 'ambiguousGroup' : 'unknownGroup', {
              name: named,
            }),
          );
        } else if (!group!.listedIndividually) {
          issues.push(line.issue('group', 'groupCountedOnly', { name: named }));
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
      if (age && 'band' in age) cells.ageBand = age.band;

      const place = readCommune(line, communes, cells);
      issues.push(...place.issues);
      const body = {
        groupId: group?.id,
        firstName: line.text('firstName') ?? undefined,
        lastName: line.text('lastName'),
        ageBand: age && 'band' in age ? age.band : undefined,
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
      if (issues.length > 0 || !parsed.success) return { cells, issues, values: null, key: null };
      const values: EnrolmentFields = parsed.data;
      cells.firstName = values.firstName;
      cells.lastName = values.lastName ?? null;
      return {
        cells,
        issues,
        values,
        key: `${values.groupId}|${searchNameOf(values.firstName, values.lastName)}`,
      };
    };
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

  /** The groups the lines go into: deleted, renamed, archived or counted-only since makes the preview stale. */
  async references(tx, orgId, keys) {
    const groups = await organisationGroups(tx, orgId);
    return groupIdsOf(keys).map((id) => {
      const group = groups.find((g) => g.id === id);
      if (!group) return { id, missing: true };
      const sameName = groups.filter((g) => foldHeader(g.name) === foldHeader(group.name)).length;
      return { ...group, sameName };
    });
  },

  async insertMany(tx, orgId, lines) {
    const today = new Date();
    const values = lines.map((line) =>
      newParticipantValues(ParticipantCreateBodySchema.parse(line), today),
    );
    // No consent is invented: minors arrive with the "consent missing" flag until one is recorded.
    await insertParticipants(tx, orgId, values);
  },
};

function groupIdsOf(keys: readonly string[]): string[] {
  return [...new Set(keys.map((key) => key.split('|')[0]!))].sort();
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
