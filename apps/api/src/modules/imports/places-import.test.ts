// Importing partners and venues: French types and yes/no, contacts, communes found, decimal commas.
import type { Partner, PartnerSummary, Venue, VenueSummary } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apply,
  upload,
  utf8BomCsv,
  windows1252Csv,
  XLSX,
  xlsxFile,
} from '../../testing/import-files';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
}, 60_000);
afterAll(() => t.close());

async function list<T>(path: string) {
  return ((await org.members.coordinator.get(`/api/orgs/${org.id}/${path}`)).body as { items: T[] })
    .items;
}

describe('importing partners', () => {
  const file = utf8BomCsv([
    'Nom de la structure,Type de structure,Adresse,CP,Ville,Contact,Fonction,Courriel,Tél,Contact 2,E-mail 2',
    '"Mairie de Nevers, service culture",Mairie,1 place de l’Hôtel de Ville,58000,Nevers,Anne Morel,Adjointe à la culture,ANNE.MOREL@example.test,03 86 68 45 00,Paul Roy,paul.roy@example.test',
    'École Jules-Ferry,école élémentaire,"12, rue des Écoles",58019,Nevers Cedex,,,,,,',
    'Centre social du Banlay,Centre socio-culturel,,58000,Nevers,Léo Dumas,,leo@,,,',
    'EHPAD Les Tilleuls,EHPAD,,58500,Clamecy,Marie Blanc,Animatrice,,,,',
  ]);

  it('previews contacts side by side, French types, communes from the name and the postal code', async () => {
    const { status, batch } = await upload(org.members.coordinator, org.id, 'partners', file);
    expect(status).toBe(201);
    expect(batch).toMatchObject({
      source: { encoding: 'utf-8-bom', separator: ',' },
      counts: { valid: 3, withErrors: 1 },
    });
    expect(batch.fields).toEqual([
      'name',
      'type',
      'addressLine',
      'postalCode',
      'communeName',
      'communeCode',
      'contactName',
      'contactJobTitle',
      'contactEmail',
      'contactPhone',
      'contactName.2',
      'contactEmail.2',
    ]);
    const [mairie, ecole, centre, ehpad] = batch.rows.items;
    expect(mairie).toMatchObject({
      status: 'valid',
      cells: {
        name: 'Mairie de Nevers, service culture',
        type: 'municipality',
        communeCode: '58194',
        contactEmail: 'anne.morel@example.test',
        'contactName.2': 'Paul Roy',
      },
    });
    expect(ecole).toMatchObject({
      status: 'valid',
      cells: {
        type: 'primary_school',
        postalCode: '58019',
        communeName: 'Nevers',
        addressLine: '12, rue des Écoles',
      },
    });
    expect(
      centre!.issues.map(({ line, column, code, value }) => ({ line, column, code, value })),
    ).toEqual([
      {
        line: 4,
        column: 'Type de structure',
        code: 'invalidChoice',
        value: 'Centre socio-culturel',
      },
      { line: 4, column: 'Courriel', code: 'invalidEmail', value: 'leo@' },
    ]);
    expect(ehpad).toMatchObject({
      status: 'valid',
      cells: { type: 'nursing_home', communeName: 'Clamecy', postalCode: '58500' },
    });
  });

  it('applies the corrected file: partners with their contacts, through the same rules as the form', async () => {
    const fixed = utf8BomCsv(
      file
        .toString('utf8')
        .slice(1)
        .trim()
        .split('\r\n')
        .map((line) =>
          line
            .replace('Centre socio-culturel', 'Centre social')
            .replace('leo@', 'leo@example.test'),
        ),
    );
    const { batch } = await upload(org.members.coordinator, org.id, 'partners', fixed);
    const applied = await apply(org.members.coordinator, org.id, batch);
    expect(applied.body).toMatchObject({ status: 'applied', result: { created: 4, skipped: 0 } });
    const partners = await list<PartnerSummary>('partners?limit=200');
    const mairie = partners.find((p) => p.name.startsWith('Mairie de Nevers'))!;
    const detail = (await org.members.coordinator.get(`/api/orgs/${org.id}/partners/${mairie.id}`))
      .body as Partner;
    expect(detail).toMatchObject({
      type: 'municipality',
      postalCode: '58000',
      communeCode: '58194',
      communeName: 'Nevers',
    });
    expect(detail.contacts.map((c) => [c.name, c.jobTitle, c.email, c.phone])).toEqual([
      ['Anne Morel', 'Adjointe à la culture', 'anne.morel@example.test', '03 86 68 45 00'],
      ['Paul Roy', null, 'paul.roy@example.test', null],
    ]);
    const again = await upload(org.members.coordinator, org.id, 'partners', fixed);
    expect(again.batch.counts).toMatchObject({ duplicates: 4, valid: 0 });
    expect(again.batch.rows.items[0]!.issues).toMatchObject([
      { severity: 'warning', code: 'duplicateExisting' },
    ]);
  });
});

describe('importing venues', () => {
  it('reads an XLSX: capacity in words or numbers, oui/non and crosses, decimal commas, codes without their zero', async () => {
    const file = await xlsxFile([
      [
        'Nom du lieu',
        'Type de lieu',
        'Code postal',
        'Code INSEE',
        'Jauge',
        'Accès PMR',
        'Piano',
        'Sono',
        'Latitude',
        'Longitude',
      ],
      [
        'Salle des fêtes',
        'Salle des fêtes',
        1000,
        1053,
        '120 places',
        'oui',
        'x',
        'non',
        '46,2052',
        '5,2255',
      ],
      ['Église Saint-Martin', 'église', null, '58079', 80, 'Non', null, null, null, null],
      ['Gymnase', 'Stade', null, null, 'beaucoup', 'peut-être', null, null, null, null],
      ['Kiosque', 'Kiosque', null, null, null, null, null, null, '47,1', null],
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'venues', file, { type: XLSX });
    expect(batch.source.format).toBe('xlsx');
    const [salle, eglise, gymnase, kiosque] = batch.rows.items;
    expect(salle).toMatchObject({
      status: 'valid',
      cells: {
        kind: 'community_hall',
        postalCode: '01000',
        communeCode: '01053',
        communeName: 'Bourg-en-Bresse',
        capacity: '120',
        stepFreeAccess: 'true',
        piano: 'true',
        sound_system: 'false',
        latitude: '46.2052',
      },
    });
    expect(eglise).toMatchObject({
      status: 'valid',
      cells: { kind: 'church', capacity: '80', communeName: 'Clamecy' },
    });
    expect(gymnase!.issues.map(({ column, code }) => [column, code])).toEqual([
      ['Type de lieu', 'invalidChoice'],
      ['Accès PMR', 'invalidBoolean'],
      ['Jauge', 'invalidNumber'],
    ]);
    // The position's pair rule, like the form's, is checked once the rest of the line is right.
    expect(kiosque!.issues).toMatchObject([
      {
        line: 5,
        column: 'Longitude',
        field: 'longitude',
        code: 'pairRequired',
        params: { with: 'latitude' },
      },
    ]);
  });

  it('applies venues with their equipment and position', async () => {
    const file = windows1252Csv([
      'Nom du lieu;Type de lieu;Commune;Code postal;Capacité;Accès PMR;Piano;Scène;Latitude;Longitude',
      'Salle polyvalente;Salle polyvalente;Lormes;58140;150;oui;non;x;47,2897;3,8180',
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'venues', file);
    expect((await apply(org.members.coordinator, org.id, batch)).body).toMatchObject({
      result: { created: 1 },
    });
    const [summary] = await list<VenueSummary>('venues?q=polyvalente');
    const venue = (await org.members.coordinator.get(`/api/orgs/${org.id}/venues/${summary!.id}`))
      .body as Venue;
    expect(venue).toMatchObject({
      kind: 'community_hall',
      communeName: 'Lormes',
      postalCode: '58140',
      capacity: 150,
      stepFreeAccess: true,
      equipment: ['stage'],
      latitude: 47.2897,
      longitude: 3.818,
    });
  });
});
