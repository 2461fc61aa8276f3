// Importing class lists: French office files, the line-by-line report, the group, minimal data, all or nothing.
import type { Participant } from '@tutti/contracts';
import { retainUntilFor, schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apply,
  upload,
  utf8BomCsv,
  windows1252Csv,
  XLSX,
  xlsxFile,
} from '../../testing/import-files';
import { buildGroup } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let classGroupId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'relay']);
  classGroupId = (
    await buildGroup(org.members.coordinator, org.id, {
      name: 'CE1 École Paul-Langevin',
      ageBand: '6-10',
    })
  ).id;
}, 60_000);
afterAll(() => t.close());

async function participantsOf(groupId: string) {
  const response = await org.members.coordinator.get(
    `/api/orgs/${org.id}/participants?groupId=${groupId}&limit=200`,
  );
  return (response.body as { items: Participant[] }).items;
}

/** The list a school secretary saves from Excel: semicolons, Windows-1252, accents, dd/mm/yyyy. */
const classList = [
  'Prénom;Nom;Date de naissance;Commune;Code postal',
  'Léa;Müller;05/03/2018;Nevers;58000',
  'Noé;Lefèvre;31/02/2018;Nevers;58000',
  ';Benali;12/11/2017;Clamecy;58500',
  'Chloé;Œillet;17/06/2018;Neverz;58000',
  'Inès;N’Diaye;09/09/2017;Clamecy;58500',
];

describe('importing participants', () => {
  it('previews a Windows-1252 semicolon file: encoding, mapping, a report line by line, nothing written', async () => {
    const { status, batch } = await upload(
      org.members.coordinator,
      org.id,
      'participants',
      windows1252Csv(classList),
      {
        groupId: classGroupId,
        fileName: 'Élèves CE1.csv',
      },
    );
    expect(status).toBe(201);
    expect(batch).toMatchObject({
      entity: 'participants',
      fileName: 'Élèves CE1.csv',
      status: 'previewed',
      source: {
        format: 'csv',
        encoding: 'windows-1252',
        separator: ';',
        headerLine: 1,
        dataLines: 5,
      },
      groupId: classGroupId,
      counts: {
        lines: 5,
        valid: 2,
        withErrors: 2,
        duplicates: 0,
        pending: 1,
        refused: 0,
        repairs: 2,
      },
      warnings: [{ code: 'dateReadDayFirst', count: 2 }],
      canApply: false,
    });
    // "Neverz" is no error: a commune written differently, whose lines wait for a choice.
    expect(batch.references).toMatchObject([
      {
        id: 'commune-1',
        kind: 'commune',
        column: 'Commune',
        value: 'Neverz (58000)',
        problem: 'unknown',
        lines: 1,
        firstLine: 5,
        canCreate: false,
        choice: null,
      },
    ]);
    expect(batch.references[0]!.suggestions[0]).toMatchObject({
      id: '58194',
      label: 'Nevers',
      detail: '(58) · 58000',
    });
    expect(batch.columns.map((c) => [c.header, c.field])).toEqual([
      ['Prénom', 'firstName'],
      ['Nom', 'lastName'],
      ['Date de naissance', 'birthDate'],
      ['Commune', 'communeName'],
      ['Code postal', 'postalCode'],
    ]);
    expect(batch.fields).toEqual([
      'firstName',
      'lastName',
      'ageBand',
      'postalCode',
      'communeName',
      'communeCode',
      'group',
    ]);
    const issues = batch.rows.items.flatMap((row) => row.issues);
    expect(issues.map(({ line, column, value, code }) => ({ line, column, value, code }))).toEqual([
      // Read as the 5th of March, not the 3rd of May: said, without the date, which is not kept.
      { line: 2, column: 'Date de naissance', value: null, code: 'dateReadDayFirst' },
      { line: 3, column: 'Date de naissance', value: '31/02/2018', code: 'invalidDate' },
      { line: 4, column: 'Date de naissance', value: null, code: 'dateReadDayFirst' },
      { line: 4, column: 'Prénom', value: null, code: 'required' },
      { line: 5, column: 'Commune', value: 'Neverz (58000)', code: 'unknownCommune' },
    ]);
    const first = batch.rows.items[0]!;
    expect(first).toMatchObject({
      line: 2,
      status: 'valid',
      cells: {
        firstName: 'Léa',
        lastName: 'Müller',
        ageBand: '6-10',
        communeName: 'Nevers',
        communeCode: '58194',
        group: 'CE1 École Paul-Langevin',
      },
    });
    expect(batch.rows.items[4]!.cells.lastName).toBe('N’Diaye');
    expect(await participantsOf(classGroupId)).toEqual([]);
  });

  it('keeps no birth date: the preview holds age bands only', async () => {
    const { batch } = await upload(
      org.members.coordinator,
      org.id,
      'participants',
      windows1252Csv(classList.slice(0, 2)),
      {
        groupId: classGroupId,
      },
    );
    const [stored] = await t.database.db
      .select()
      .from(schema.importBatches)
      .where(eq(schema.importBatches.id, batch.id));
    const json = JSON.stringify(stored);
    expect(json).not.toContain('05/03/2018');
    expect(json).not.toContain('2018-03-05');
    expect(json).toContain('6-10');
  });

  it('refuses to apply a preview with errors (409), then applies the corrected file with retention and no consent invented', async () => {
    const { batch } = await upload(
      org.members.coordinator,
      org.id,
      'participants',
      windows1252Csv(classList),
      {
        groupId: classGroupId,
      },
    );
    const refused = await apply(org.members.coordinator, org.id, batch);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: { code: 'IMPORT.HAS_ERRORS', details: { withErrors: 2 } },
    });
    expect(await participantsOf(classGroupId)).toEqual([]);

    const fixed = classList.map((line) =>
      line
        .replace('31/02/2018', '28/02/2018')
        .replace(';Benali', 'Yanis;Benali')
        .replace('Neverz', 'Nevers'),
    );
    const corrected = await upload(
      org.members.coordinator,
      org.id,
      'participants',
      windows1252Csv(fixed),
      {
        groupId: classGroupId,
      },
    );
    expect(corrected.batch).toMatchObject({ counts: { valid: 5, withErrors: 0 }, canApply: true });
    const applied = await apply(org.members.coordinator, org.id, corrected.batch);
    expect(applied.status).toBe(200);
    expect(applied.body).toMatchObject({
      status: 'applied',
      result: { created: 5, skipped: 0 },
      canApply: false,
    });

    const enrolled = await participantsOf(classGroupId);
    expect(enrolled.map((p) => p.firstName).sort()).toEqual([
      'Chloé',
      'Inès',
      'Léa',
      'Noé',
      'Yanis',
    ]);
    const lea = enrolled.find((p) => p.firstName === 'Léa')!;
    expect(lea).toMatchObject({
      lastName: 'Müller',
      ageBand: '6-10',
      communeCode: '58194',
      communeName: 'Nevers',
      consentStatus: 'missing',
      retainUntil: retainUntilFor(new Date()),
    });
    const again = await apply(org.members.coordinator, org.id, corrected.batch);
    expect(again.body).toMatchObject({ error: { code: 'IMPORT.NOT_PREVIEWED' } });
  });

  it('reads a UTF-8 BOM comma file with quoted commas and a group column naming existing groups', async () => {
    const choir = await buildGroup(org.members.coordinator, org.id, {
      name: 'Chœur des aînés',
      kind: 'choir',
      ageBand: '65+',
    });
    const file = utf8BomCsv([
      'first name,last name,Âge,Groupe,Code INSEE',
      'Germaine,"Dupont, née Martin",81,chœur des AINES,58079',
      'Marcel,Roux,"65 ans et plus",Chœur des aînés,',
      'Paul,Roy,70,Chorale inconnue,',
      'Jeanne,Petit,7,"CE1 école Paul Langevin",',
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'participants', file);
    expect(batch.source).toMatchObject({ encoding: 'utf-8-bom', separator: ',' });
    const rows = batch.rows.items;
    expect(rows[0]).toMatchObject({
      status: 'valid',
      cells: {
        lastName: 'Dupont, née Martin',
        ageBand: '65+',
        group: 'Chœur des aînés',
        communeName: 'Clamecy',
      },
    });
    expect(rows[1]!.cells.ageBand).toBe('65+');
    expect(rows[2]!.issues).toMatchObject([
      { line: 4, column: 'Groupe', code: 'unknownGroup', params: { name: 'Chorale inconnue' } },
    ]);
    expect(rows[3]).toMatchObject({
      status: 'valid',
      cells: { group: 'CE1 École Paul-Langevin', ageBand: '6-10' },
    });
    expect(choir.id).toBeTruthy();
  });

  it('reads an XLSX made in Excel: a title above the header, birth dates typed as dates, ages as numbers', async () => {
    const file = await xlsxFile([
      ['Liste des inscrits — éveil musical'],
      [],
      ['Prénom', 'Nom', 'Né(e) le', 'Classe'],
      ['Lina', 'Haddad', new Date(Date.UTC(2022, 4, 2)), 'CE1 École Paul-Langevin'],
      ['Tom', null, new Date(Date.UTC(2099, 0, 1)), 'CE1 École Paul-Langevin'],
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'participants', file, {
      type: XLSX,
    });
    expect(batch.source).toMatchObject({
      format: 'xlsx',
      encoding: null,
      sheetName: 'Feuil1',
      headerLine: 3,
    });
    expect(batch.rows.items[0]).toMatchObject({
      line: 4,
      status: 'valid',
      cells: { ageBand: '3-5' },
    });
    expect(batch.rows.items[1]!.issues).toMatchObject([
      { line: 5, column: 'Né(e) le', code: 'futureDate' },
    ]);
  });
});
