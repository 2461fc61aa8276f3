// Files that name what the organisation does not have yet: five unknown groups created in one
// pass, a group or a commune written differently mapped to the existing one (suggested by
// similarity), lines refused by value, bad choices refused whole, a stale choice refused.
import type { Group, ImportBatch, Participant, ParticipantDetail } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  allPreviewRows,
  apply,
  choose,
  upload,
  utf8BomCsv,
  XLSX,
  xlsxFile,
} from '../../testing/import-files';
import { buildGroup, buildParticipant } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'relay']);
}, 60_000);
afterAll(() => t.close());

async function groupsOf(orgId = org.id) {
  const response = await org.members.coordinator.get(`/api/orgs/${orgId}/groups?limit=200`);
  return (response.body as { items: Group[] }).items;
}

async function participantsOf(groupId: string) {
  const response = await org.members.coordinator.get(
    `/api/orgs/${org.id}/participants?groupId=${groupId}&limit=200`,
  );
  return (response.body as { items: Participant[] }).items;
}

async function detailOf(participantId: string) {
  const response = await org.members.coordinator.get(
    `/api/orgs/${org.id}/participants/${participantId}`,
  );
  return response.body as ParticipantDetail;
}

const day = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d));

/**
 * What another tool's "Exporter vers Excel" gives: the children of five classes and a nursing
 * home wing the organisation has never heard of, consents as "oui"/"non" or a date, a guardian's
 * phone as the office typed it (or as a number that lost its zero), postal codes as numbers.
 */
async function officeExport() {
  return xlsxFile(
    [
      [
        'Nom',
        'Prénom',
        'Date de naissance',
        'Classe',
        'Code postal',
        'Commune',
        'Autorisation parentale',
        'Responsable légal',
        'Téléphone du responsable',
      ],
      [
        'Martin',
        'Jade',
        day(2021, 3, 14),
        'PS Les Lutins',
        58170,
        'Luzy',
        'oui',
        'Paul Martin',
        '06 12 34 56 78',
      ],
      ['Bernard', 'Louis', day(2021, 7, 2), 'PS Les Lutins', 58170, 'Luzy ', 'non', null, null],
      [
        'Petit',
        'Emma',
        day(2020, 1, 30),
        'MS Les Écureuils',
        58170,
        'Luzy',
        day(2025, 9, 8),
        'Anne Petit',
        612345678,
      ],
      [
        'Robert',
        'Gabriel',
        day(2020, 11, 5),
        'MS Les Écureuils',
        1000,
        'Bourg-en-Bresse',
        'oui',
        null,
        null,
      ],
      ['Richard', 'Alice', day(2019, 4, 22), 'GS Les Hiboux', 58170, 'Luzy', null, null, null],
      ['Durand', 'Léo', day(2016, 5, 9), 'CM1 B', 58000, 'Nevers', 'oui', 'Marc Durand', null],
      [
        'Dubois',
        'Germaine',
        day(1938, 2, 11),
        'EHPAD Les Tilleuls – aile B',
        58170,
        'Luzy',
        null,
        null,
        null,
      ],
      [
        'Moreau',
        'Marcel',
        day(1941, 8, 19),
        'EHPAD Les Tilleuls – aile B',
        58170,
        'Luzy',
        null,
        null,
        null,
      ],
    ],
    'Export',
  );
}

describe('values the organisation does not have yet', () => {
  it('imports an Excel export naming five unknown groups in one pass: groups created, consents recorded with their source, repairs said', async () => {
    const { status, batch } = await upload(
      org.members.coordinator,
      org.id,
      'participants',
      await officeExport(),
      { type: XLSX, fileName: 'export-inscriptions.xlsx' },
    );
    expect(status).toBe(201);
    // No line is an error: every one waits for what its group is to become.
    expect(batch.counts).toEqual({
      lines: 8,
      valid: 0,
      withErrors: 0,
      duplicates: 0,
      pending: 8,
      refused: 0,
      repairs: 4,
    });
    expect(batch.canApply).toBe(false);
    expect(
      batch.references.map(({ id, kind, value, lines, firstLine, canCreate, proposedKind }) => ({
        id,
        kind,
        value,
        lines,
        firstLine,
        canCreate,
        proposedKind,
      })),
    ).toEqual([
      {
        id: 'group-1',
        kind: 'group',
        value: 'PS Les Lutins',
        lines: 2,
        firstLine: 2,
        canCreate: true,
        proposedKind: 'class',
      },
      {
        id: 'group-2',
        kind: 'group',
        value: 'MS Les Écureuils',
        lines: 2,
        firstLine: 4,
        canCreate: true,
        proposedKind: 'class',
      },
      {
        id: 'group-3',
        kind: 'group',
        value: 'GS Les Hiboux',
        lines: 1,
        firstLine: 6,
        canCreate: true,
        proposedKind: 'class',
      },
      {
        id: 'group-4',
        kind: 'group',
        value: 'CM1 B',
        lines: 1,
        firstLine: 7,
        canCreate: true,
        proposedKind: 'class',
      },
      {
        id: 'group-5',
        kind: 'group',
        value: 'EHPAD Les Tilleuls – aile B',
        lines: 2,
        firstLine: 8,
        canCreate: true,
        proposedKind: 'nursing_home_group',
      },
    ]);
    // Every repair is on its line and counted: a space trimmed, a zero restored, a phone made international.
    expect(batch.warnings).toEqual(
      expect.arrayContaining([
        { code: 'spacesTrimmed', count: 1 },
        { code: 'postalCodeZeroRestored', count: 1 },
        { code: 'phoneMadeInternational', count: 2 },
        { code: 'consentDateUnknown', count: 3 },
      ]),
    );
    const rows = await allPreviewRows(org.members.coordinator, org.id, batch);
    const codes = (line: number) => rows.find((r) => r.line === line)!.issues.map((i) => i.code);
    expect(codes(2)).toEqual(['unknownGroup', 'consentDateUnknown', 'phoneMadeInternational']);
    expect(codes(3)).toEqual(['unknownGroup', 'spacesTrimmed']);
    expect(codes(5)).toEqual(['unknownGroup', 'postalCodeZeroRestored', 'consentDateUnknown']);
    expect(rows.find((r) => r.line === 5)!.cells).toMatchObject({
      postalCode: '01000',
      communeName: 'Bourg-en-Bresse',
    });
    expect(rows.find((r) => r.line === 4)!.cells.consent).toBe('2025-09-08');

    const early = await apply(org.members.coordinator, org.id, batch);
    expect(early.status).toBe(409);
    expect(early.body).toMatchObject({
      error: {
        code: 'IMPORT.UNDECIDED',
        details: { undecided: ['group-1', 'group-2', 'group-3', 'group-4', 'group-5'] },
      },
    });

    const chosen = await choose(org.members.coordinator, org.id, batch, {
      'group-1': { action: 'create' },
      'group-2': { action: 'create' },
      'group-3': { action: 'create' },
      'group-4': { action: 'create' },
      'group-5': { action: 'create', groupKind: 'nursing_home_group' },
    });
    expect(chosen.status).toBe(200);
    expect(chosen.batch).toMatchObject({
      counts: { valid: 8, pending: 0, withErrors: 0 },
      canApply: true,
    });
    expect(chosen.batch.references.map((r) => r.choice)).toEqual([
      { action: 'create', kind: 'class' },
      { action: 'create', kind: 'class' },
      { action: 'create', kind: 'class' },
      { action: 'create', kind: 'class' },
      { action: 'create', kind: 'nursing_home_group' },
    ]);
    expect(chosen.batch.rows.items[0]!.issues[0]).toMatchObject({
      code: 'willCreate',
      params: { name: 'PS Les Lutins', kind: 'group' },
    });

    const applied = await apply(org.members.coordinator, org.id, batch);
    expect(applied.status).toBe(200);
    expect((applied.body as ImportBatch).result).toEqual({
      created: 8,
      skipped: 0,
      refused: 0,
      referencesCreated: 5,
      consents: 4,
    });
    const groups = await groupsOf();
    const made = (name: string) => groups.find((g) => g.name === name)!;
    expect(made('PS Les Lutins')).toMatchObject({ kind: 'class', listedIndividually: true });
    expect(made('EHPAD Les Tilleuls – aile B')).toMatchObject({ kind: 'nursing_home_group' });
    expect(made('PS Les Lutins').participantCount).toBe(2);

    const lutins = await participantsOf(made('PS Les Lutins').id);
    const jade = lutins.find((p) => p.firstName === 'Jade')!;
    const louis = lutins.find((p) => p.firstName === 'Louis')!;
    expect(jade.consentStatus).toBe('given');
    expect(louis.consentStatus).toBe('missing');
    expect((await detailOf(jade.id)).consents).toMatchObject([
      {
        guardianName: 'Paul Martin',
        guardianPhone: '+33612345678',
        method: 'paper',
        purposes: ['participation'],
        source: 'import',
        sourceFile: 'export-inscriptions.xlsx',
        sourceLine: 2,
      },
    ]);
    const emma = (await participantsOf(made('MS Les Écureuils').id)).find(
      (p) => p.firstName === 'Emma',
    )!;
    expect((await detailOf(emma.id)).consents).toMatchObject([
      {
        guardianName: 'Anne Petit',
        guardianPhone: '+33612345678',
        givenOn: '2025-09-08',
        sourceLine: 4,
      },
    ]);
    const gabriel = (await participantsOf(made('MS Les Écureuils').id)).find(
      (p) => p.firstName === 'Gabriel',
    )!;
    expect(gabriel).toMatchObject({ communeCode: '01053', consentStatus: 'given' });
    expect((await detailOf(gabriel.id)).consents[0]).toMatchObject({ guardianName: null });
    const residents = await participantsOf(made('EHPAD Les Tilleuls – aile B').id);
    expect(residents.map((p) => [p.firstName, p.ageBand, p.consentStatus])).toEqual(
      expect.arrayContaining([
        ['Germaine', '65+', 'not_required'],
        ['Marcel', '65+', 'not_required'],
      ]),
    );
  });

  it('maps a group written differently to the existing one it suggests, and finds the duplicates there', async () => {
    const existing = await buildGroup(org.members.coordinator, org.id, {
      name: 'CE1 École Paul-Langevin',
    });
    await buildGroup(org.members.coordinator, org.id, { name: 'Chorale des aînés', kind: 'choir' });
    await buildParticipant(org.members.coordinator, org.id, existing.id, {
      firstName: 'Léa',
      lastName: 'Martin',
    });
    const file = utf8BomCsv([
      'Prénom;Nom;Âge;Classe',
      'Léa;Martin;7;CE1 Paul Langevin',
      'Tom;Petit;7;ce1 paul langevin',
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'participants', file);
    expect(batch.references).toHaveLength(1);
    const [reference] = batch.references;
    expect(reference).toMatchObject({ value: 'CE1 Paul Langevin', lines: 2, problem: 'unknown' });
    expect(reference!.suggestions[0]).toMatchObject({
      id: existing.id,
      label: 'CE1 École Paul-Langevin',
    });
    expect(reference!.suggestions[0]!.similarity).toBeGreaterThan(0.6);
    expect(reference!.suggestions.map((s) => s.label)).not.toContain('Chorale des aînés');

    const { batch: mapped } = await choose(org.members.coordinator, org.id, batch, {
      [reference!.id]: { action: 'map', targetId: existing.id },
    });
    expect(mapped.counts).toMatchObject({ valid: 1, duplicates: 1, pending: 0 });
    expect(
      mapped.rows.items.map((r) => [r.status, r.cells.group, r.issues.map((i) => i.code)]),
    ).toEqual([
      ['duplicate', 'CE1 École Paul-Langevin', ['mappedTo', 'duplicateExisting']],
      ['valid', 'CE1 École Paul-Langevin', ['mappedTo']],
    ]);
    const applied = await apply(org.members.coordinator, org.id, batch);
    expect((applied.body as ImportBatch).result).toMatchObject({
      created: 1,
      skipped: 1,
      referencesCreated: 0,
    });
    expect((await participantsOf(existing.id)).map((p) => p.firstName).sort()).toEqual([
      'Léa',
      'Tom',
    ]);
    expect((await groupsOf()).some((g) => g.name === 'CE1 Paul Langevin')).toBe(false);
  });

  it('leaves out the lines of a refused value, and takes a choice back', async () => {
    const file = utf8BomCsv([
      'Prénom;Âge;Groupe',
      'Yanis;9;Groupe fantôme',
      'Inès;9;Groupe fantôme',
      'Sacha;10;CM2 B',
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'participants', file);
    const [ghost, cm2] = batch.references;
    const refused = await choose(org.members.coordinator, org.id, batch, {
      [ghost!.id]: { action: 'refuse' },
      [cm2!.id]: { action: 'create' },
    });
    expect(refused.batch.counts).toMatchObject({ valid: 1, refused: 2, pending: 0 });
    expect(refused.batch.rows.items.map((r) => r.status)).toEqual(['refused', 'refused', 'valid']);
    expect(refused.batch.canApply).toBe(true);

    const undone = await choose(org.members.coordinator, org.id, batch, { [ghost!.id]: null });
    expect(undone.batch.counts).toMatchObject({ valid: 1, refused: 0, pending: 2 });
    expect(undone.batch.canApply).toBe(false);

    await choose(org.members.coordinator, org.id, batch, { [ghost!.id]: { action: 'refuse' } });
    const applied = await apply(org.members.coordinator, org.id, batch);
    expect((applied.body as ImportBatch).result).toMatchObject({
      created: 1,
      refused: 2,
      skipped: 0,
      referencesCreated: 1,
    });
    const names = (await groupsOf()).map((g) => g.name);
    expect(names).toContain('CM2 B');
    expect(names).not.toContain('Groupe fantôme');
  });

  it('maps a commune written differently to the commune it suggests', async () => {
    const group = await buildGroup(org.members.coordinator, org.id, { name: 'CP Clamecy' });
    const file = utf8BomCsv(['Prénom;Âge;Commune;Code postal', 'Lina;6;Neverz;58000']);
    const { batch } = await upload(org.members.coordinator, org.id, 'participants', file, {
      groupId: group.id,
    });
    const [commune] = batch.references;
    expect(commune).toMatchObject({ kind: 'commune', value: 'Neverz (58000)', canCreate: false });
    expect(commune!.suggestions[0]).toMatchObject({ id: '58194', label: 'Nevers' });
    const { batch: mapped } = await choose(org.members.coordinator, org.id, batch, {
      [commune!.id]: { action: 'map', targetId: '58194' },
    });
    expect(mapped.rows.items[0]).toMatchObject({
      status: 'valid',
      cells: { communeName: 'Nevers', communeCode: '58194' },
    });
    await apply(org.members.coordinator, org.id, batch);
    expect(await participantsOf(group.id)).toMatchObject([
      { firstName: 'Lina', communeCode: '58194', communeName: 'Nevers' },
    ]);
  });

  it('refuses bad choices with 400 naming the field, and records none of a refused batch', async () => {
    const counted = await buildGroup(org.members.coordinator, org.id, {
      name: 'Public du concert',
      kind: 'audience',
      listedIndividually: false,
    });
    const stranger = await buildOrganisation(t, ['coordinator']);
    const theirs = await buildGroup(stranger.members.coordinator, stranger.id, { name: 'CE2 A' });
    const file = utf8BomCsv(['Prénom;Âge;Groupe;Commune', 'Noa;8;CE2 A;Neverz']);
    const { batch } = await upload(org.members.coordinator, org.id, 'participants', file);
    const group = batch.references.find((r) => r.kind === 'group')!.id;
    const commune = batch.references.find((r) => r.kind === 'commune')!.id;
    const refusals = [
      [
        { [group]: { action: 'create' }, 'group-9': { action: 'refuse' } },
        'IMPORT.UNKNOWN_REFERENCE',
        'body.choices.1.reference',
      ],
      [
        { [commune]: { action: 'create' } },
        'IMPORT.CHOICE_NOT_ALLOWED',
        'body.choices.0.choice.action',
      ],
      [
        { [group]: { action: 'create', partnerType: 'school' } },
        'REQUEST.VALIDATION',
        'body.choices.0.choice.partnerType',
      ],
      [
        { [group]: { action: 'create', partnerType: 'municipality' } },
        'IMPORT.CHOICE_NOT_ALLOWED',
        'body.choices.0.choice.partnerType',
      ],
      [
        { [group]: { action: 'map', targetId: theirs.id } },
        'IMPORT.UNKNOWN_TARGET',
        'body.choices.0.choice.targetId',
      ],
      [
        { [group]: { action: 'map', targetId: counted.id } },
        'IMPORT.UNKNOWN_TARGET',
        'body.choices.0.choice.targetId',
      ],
      [
        { [group]: { action: 'map', targetId: 'not-an-id' } },
        'IMPORT.UNKNOWN_TARGET',
        'body.choices.0.choice.targetId',
      ],
      [
        { [commune]: { action: 'map', targetId: '99999' } },
        'IMPORT.UNKNOWN_TARGET',
        'body.choices.0.choice.targetId',
      ],
      [{ [group]: { action: 'delete' } }, 'REQUEST.VALIDATION', 'body.choices.0.choice.action'],
    ] as const;
    for (const [choices, code, path] of refusals) {
      const answer = await choose(org.members.coordinator, org.id, batch, choices as never);
      expect({ code, status: answer.status }).toEqual({ code, status: 400 });
      const error = (answer.body as { error: { code: string; fields?: { path: string }[] } }).error;
      expect(error.code).toBe(code);
      expect(error.fields?.map((f) => f.path)).toContain(path);
    }
    // The valid choice sent with a refused one was not recorded either.
    const [stored] = await t.database.db
      .select({ references: schema.importBatches.references })
      .from(schema.importBatches)
      .where(eq(schema.importBatches.id, batch.id));
    expect((stored!.references as { choice: unknown }[]).map((r) => r.choice)).toEqual([
      null,
      null,
    ]);
    // Someone who may not import may not choose; another organisation's preview is not found.
    const relay = await choose(org.members.relay, org.id, batch, { [group]: { action: 'refuse' } });
    expect(relay.status).toBe(403);
    const outsider = await choose(stranger.members.coordinator, stranger.id, batch, {
      [group]: { action: 'refuse' },
    });
    expect(outsider.status).toBe(404);
  });

  it('refuses to apply a preview whose group to create was created meanwhile (409 stale), and choices once applied', async () => {
    const file = utf8BomCsv(['Prénom;Âge;Groupe', 'Adam;8;CE2 Les Cigales']);
    const { batch } = await upload(org.members.coordinator, org.id, 'participants', file);
    await choose(org.members.coordinator, org.id, batch, { 'group-1': { action: 'create' } });
    const twin = await buildGroup(org.members.admin, org.id, { name: 'CE2 les cigales' });
    const stale = await apply(org.members.coordinator, org.id, batch);
    expect(stale.body).toMatchObject({ error: { code: 'IMPORT.STALE' } });
    expect(
      (await groupsOf()).filter((g) => g.name.toLowerCase() === 'ce2 les cigales'),
    ).toHaveLength(1);

    // Mapped to the group now there, the same preview goes in.
    await choose(org.members.coordinator, org.id, batch, {
      'group-1': { action: 'map', targetId: twin.id },
    });
    expect((await apply(org.members.coordinator, org.id, batch)).status).toBe(200);
    const late = await choose(org.members.coordinator, org.id, batch, {
      'group-1': { action: 'refuse' },
    });
    expect(late.body).toMatchObject({ error: { code: 'IMPORT.NOT_PREVIEWED' } });
  });
});
