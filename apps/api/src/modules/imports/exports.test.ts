// Exports: CSV that Excel in French opens right, typed XLSX, never access needs, and read back by imports.
import type { ImportBatch, ImportEntity } from '@tutti/contracts';
import { utcDate } from '@tutti/kit/dates';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allPreviewRows, download, upload, XLSX } from '../../testing/import-files';
import { buildGroup, buildParticipant } from '../../testing/programme-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let groupId: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'relay']);
  const staff = org.members.coordinator;
  groupId = (await buildGroup(staff, org.id, { name: 'CE2 Jean-Macé', ageBand: '6-10' })).id;
  const other = await buildGroup(staff, org.id, {
    name: 'Chorale des Amis',
    kind: 'choir',
    ageBand: '65+',
  });
  await buildParticipant(staff, org.id, groupId, {
    firstName: 'Zoé',
    lastName: 'Lefèvre',
    communeCode: '58194',
    communeName: 'Nevers',
    accessNeeds: 'Fauteuil roulant; épilepsie, traitement à 12 h',
  });
  await buildParticipant(staff, org.id, groupId, {
    firstName: 'Noé',
    ageBand: '6-10',
    consent: {
      guardianName: 'Awa Diallo',
      givenOn: '2025-09-10',
      method: 'paper',
      purposes: ['participation'],
    },
  });
  await buildParticipant(staff, org.id, other.id, {
    firstName: 'Marcel',
    lastName: 'Roux',
    ageBand: '65+',
  });
  const partner = await staff.post(`/api/orgs/${org.id}/partners`, {
    name: 'Mairie de Clamecy',
    type: 'municipality',
    addressLine: '1 place du Général-Leclerc',
    postalCode: '58500',
    communeCode: '58079',
    communeName: 'Clamecy',
    notes: 'Salle prêtée; "gratuitement"',
  });
  const partnerId = (partner.body as { id: string }).id;
  await staff.post(`/api/orgs/${org.id}/partners/${partnerId}/contacts`, {
    name: 'Sylvie Marchand',
    email: 'sylvie@example.test',
  });
  await staff.post(`/api/orgs/${org.id}/partners/${partnerId}/contacts`, {
    name: 'Hugo Petit',
    phone: '03 86 27 00 00',
  });
  await staff.post(`/api/orgs/${org.id}/venues`, {
    name: 'Salle des fêtes de Clamecy',
    kind: 'community_hall',
    postalCode: '58500',
    communeCode: '58079',
    communeName: 'Clamecy',
    capacity: 180,
    stepFreeAccess: true,
    equipment: ['piano', 'chairs'],
    latitude: 47.4603,
    longitude: 3.5201,
  });
}, 60_000);
afterAll(() => t.close());

const csvLines = (body: Buffer) => body.toString('utf8').split('\r\n');

describe('exports', () => {
  it('writes participants as CSV for Excel in French: BOM, semicolons, French headers, consent status', async () => {
    const response = await download(org.members.coordinator, org.id, 'participants');
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(String(response.headers['content-disposition'])).toMatch(
      /^attachment; filename="participants-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    expect(response.rawBody.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csvLines(response.rawBody)).toEqual([
      "\uFEFFPrénom;Nom;Tranche d'âge;Commune;Code INSEE;Groupe;Autorisation parentale",
      'Marcel;Roux;65 ans et plus;;;Chorale des Amis;non requise (majeur·e)',
      'Noé;;6-10 ans;;;CE2 Jean-Macé;donnée',
      'Zoé;Lefèvre;6-10 ans;Nevers;58194;CE2 Jean-Macé;manquante',
      '',
    ]);
  });

  it('never carries access needs, in CSV or XLSX, whoever asks', async () => {
    for (const client of [org.members.admin, org.members.coordinator]) {
      for (const format of ['csv', 'xlsx']) {
        const response = await download(client, org.id, 'participants', `format=${format}`);
        const text =
          format === 'csv' ? response.rawBody.toString('utf8') : await xlsxText(response.rawBody);
        expect(text).toContain('Zoé');
        for (const word of ['Fauteuil', 'épilepsie', 'traitement', 'besoin', 'accès', 'Accès']) {
          expect({ format, word, present: text.includes(word) }).toEqual({
            format,
            word,
            present: false,
          });
        }
      }
    }
  });

  it('exports one group, and refuses another organisation’s group with 404', async () => {
    const response = await download(
      org.members.coordinator,
      org.id,
      'participants',
      `groupId=${groupId}`,
    );
    expect(
      csvLines(response.rawBody)
        .slice(1, -1)
        .map((line) => line.split(';')[0]),
    ).toEqual(['Noé', 'Zoé']);
    const stranger = await buildOrganisation(t, ['admin'], 'Autre structure');
    const foreign = await download(
      stranger.members.admin,
      stranger.id,
      'participants',
      `groupId=${groupId}`,
    );
    expect(foreign.status).toBe(404);
  });

  it('writes partners with their contacts side by side and venues with yes/no and decimal commas', async () => {
    const partners = csvLines(
      (await download(org.members.coordinator, org.id, 'partners')).rawBody,
    );
    expect(partners.slice(0, 2)).toEqual([
      '\uFEFFNom de la structure;Type;Adresse;Code postal;Commune;Code INSEE;Remarques;Contact;Fonction;E-mail;Téléphone;Contact 2;Fonction 2;E-mail 2;Téléphone 2',
      'Mairie de Clamecy;Mairie;1 place du Général-Leclerc;58500;Clamecy;58079;"Salle prêtée; ""gratuitement""";Hugo Petit;;;03 86 27 00 00;Sylvie Marchand;;sylvie@example.test;',
    ]);
    const venues = csvLines((await download(org.members.coordinator, org.id, 'venues')).rawBody);
    expect(venues.slice(0, 2)).toEqual([
      '\uFEFFNom du lieu;Type de lieu;Adresse;Code postal;Commune;Code INSEE;Jauge;Accès PMR;Piano;Sono;Scène;Vidéoprojecteur;Chaises;Loges;Occultation;Wi-Fi;Latitude;Longitude;Remarques',
      'Salle des fêtes de Clamecy;Salle des fêtes;;58500;Clamecy;58079;180;oui;oui;non;non;non;oui;non;non;non;47,4603;3,5201;',
    ]);
  });

  it('keeps a partner named like a formula as text, in CSV and XLSX', async () => {
    const own = await buildOrganisation(t, ['coordinator'], 'Formules');
    const names = ['=1+2', '+1+2', '-1+2', '@SUM(A1)'];
    for (const name of names) {
      const created = await own.members.coordinator.post(`/api/orgs/${own.id}/partners`, {
        name,
        type: 'other',
      });
      expect(created.status).toBe(201);
    }
    const csv = csvLines((await download(own.members.coordinator, own.id, 'partners')).rawBody);
    const csvNames = csv.slice(1, -1).map((line) => line.split(';')[0]);
    expect(csvNames.sort()).toEqual(names.map((name) => `'${name}`).sort());

    const xlsx = await download(own.members.coordinator, own.id, 'partners', 'format=xlsx');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawBody as unknown as ExcelJS.Buffer);
    const cells = workbook.worksheets[0]!.getColumn(1).values.slice(2) as ExcelJS.CellValue[];
    expect(cells.sort()).toEqual([...names].sort());
    const types = workbook.worksheets[0]!.getColumn(1);
    types.eachCell((cell, row) => {
      if (row > 1) expect(cell.type).toBe(ExcelJS.ValueType.String);
    });
  });

  it('writes XLSX with typed cells and a bold header row that stays in view', async () => {
    const response = await download(org.members.coordinator, org.id, 'venues', 'format=xlsx');
    expect(response.headers['content-type']).toBe(XLSX);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(response.rawBody as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.name).toBe('Lieux');
    expect(sheet.getRow(1).font?.bold).toBe(true);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getCell('D2').value).toBe('58500');
    expect(sheet.getCell('G2').value).toBe(180);
    expect(sheet.getCell('Q2').value).toBe(47.4603);
  });

  it('is for admins and coordinators only', async () => {
    for (const role of ['viewer', 'relay'] as const) {
      const response = await download(org.members[role], org.id, 'participants');
      expect({ role, status: response.status }).toEqual({ role, status: 403 });
    }
  });
});

describe('round trip', () => {
  const entities: ImportEntity[] = ['participants', 'partners', 'venues'];

  it.each(entities)(
    'reads its own %s export back (CSV and XLSX): the same rows, no error',
    async (entity) => {
      for (const format of ['csv', 'xlsx'] as const) {
        const exported = await download(
          org.members.coordinator,
          org.id,
          entity,
          `format=${format}`,
        );
        const { status, batch } = await upload(
          org.members.coordinator,
          org.id,
          entity,
          exported.rawBody,
          {
            type: format === 'csv' ? 'text/csv' : XLSX,
          },
        );
        expect(status).toBe(201);
        expect({ entity, format, withErrors: batch.counts.withErrors }).toEqual({
          entity,
          format,
          withErrors: 0,
        });
        const rows = await allPreviewRows(org.members.coordinator, org.id, batch);
        expect(rows.length).toBe(batch.counts.lines);
        // Every line is the record it came from: a duplicate of it, and nothing else (but that
        // a consent exported as "donnée" comes back without its date, which the line says).
        for (const row of rows) {
          const consent = row.cells.consent && row.cells.consent !== 'false';
          expect(row.issues.map((issue) => issue.code)).toEqual([
            ...(consent ? ['consentDateUnknown'] : []),
            'duplicateExisting',
          ]);
        }
        expect(ignoredColumns(batch)).toEqual([]);
        expect(rows.map((row) => row.cells)).toEqual(await expectedCells(entity));
      }
    },
  );
});

function ignoredColumns(batch: ImportBatch) {
  return batch.columns.filter((c) => c.field === null).map((c) => c.header);
}

async function expectedCells(entity: ImportEntity) {
  if (entity === 'participants') {
    return [
      {
        firstName: 'Marcel',
        lastName: 'Roux',
        ageBand: '65+',
        communeName: null,
        communeCode: null,
        group: 'Chorale des Amis',
        // "non requise (majeur·e)": nothing to record.
        consent: null,
      },
      {
        firstName: 'Noé',
        lastName: null,
        ageBand: '6-10',
        communeName: null,
        communeCode: null,
        group: 'CE2 Jean-Macé',
        // "donnée", dated the day of the import.
        consent: utcDate(new Date()),
      },
      {
        firstName: 'Zoé',
        lastName: 'Lefèvre',
        ageBand: '6-10',
        communeName: 'Nevers',
        communeCode: '58194',
        group: 'CE2 Jean-Macé',
        // "manquante".
        consent: 'false',
      },
    ];
  }
  if (entity === 'partners') {
    return [
      expect.objectContaining({
        name: 'Mairie de Clamecy',
        type: 'municipality',
        postalCode: '58500',
        communeCode: '58079',
        notes: 'Salle prêtée; "gratuitement"',
        contactName: 'Hugo Petit',
        contactPhone: '03 86 27 00 00',
        'contactName.2': 'Sylvie Marchand',
        'contactEmail.2': 'sylvie@example.test',
      }),
    ];
  }
  return [
    expect.objectContaining({
      name: 'Salle des fêtes de Clamecy',
      kind: 'community_hall',
      communeCode: '58079',
      capacity: '180',
      stepFreeAccess: 'true',
      piano: 'true',
      chairs: 'true',
      stage: 'false',
      latitude: '47.4603',
      longitude: '3.5201',
    }),
  ];
}

async function xlsxText(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const values: string[] = [];
  workbook.worksheets[0]!.eachRow((row) => {
    row.eachCell((cell) => values.push(String(cell.value)));
  });
  return values.join('\n');
}
