// Importing the directory from a network's spreadsheet: 200 ensembles in one pass, French kinds,
// days and times as offices write them, repertoire words, a commune spelt differently; the export
// reads back as the same listings, and the imported ones are found by the matching.
import type { ImportBatch } from '@tutti/contracts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apply, upload, utf8BomCsv, XLSX, xlsxFile } from '../../testing/import-files';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
}, 120_000);
afterAll(() => t.close());

const communes = [
  ['58500', 'Clamecy'],
  ['58190', 'Tannay'],
  ['58000', 'Nevers'],
  ['58200', 'Cosne-Cours-sur-Loire'],
  ['58700', 'Prémery'],
  ['58300', 'Decize'],
  ['58400', 'La Charité-sur-Loire'],
  ['58640', 'Varennes-Vauzelles'],
] as const;
const kinds = ['Chorale', 'Fanfare', 'Harmonie', 'Orchestre', 'École de musique', 'Ensemble vocal'];
const days = ['mardi', 'jeudi', 'lundi et mercredi', 'samedi', 'vendredi'];
const times = ['20h', '20h30', '18:00', '10 h', '19h15'];
const genres = [
  'Chanson, Jazz',
  'Musique sacrée',
  'Pop et rock',
  'Classique / Musiques du monde',
  '',
];

const languages = ['français', 'Français, breton', '', 'français et LSF', 'Deutsch'];

describe('importing ensembles', () => {
  it('imports 200 ensembles from a spreadsheet in one pass, each published and confirmed today', async () => {
    const rows = [
      [
        'Nom',
        'Type',
        'Code postal',
        'Commune',
        'Jour de répétition',
        'Heure',
        'Répertoire',
        'Audition',
        'Cotisation',
        'E-mail',
        'Langues',
      ],
      ...Array.from({ length: 200 }, (_, i) => {
        const [postalCode, name] = communes[i % communes.length]!;
        return [
          `${kinds[i % kinds.length]} n° ${i + 1} de ${name}`,
          kinds[i % kinds.length]!,
          postalCode,
          name,
          days[i % days.length]!,
          times[i % times.length]!,
          genres[i % genres.length]!,
          i % 7 === 0 ? 'oui' : 'non',
          i % 3 === 0 ? '60,50' : 90,
          `ensemble${i + 1}@example.test`,
          languages[i % languages.length]!,
        ];
      }),
    ];
    const { status, batch } = await upload(
      org.members.coordinator,
      org.id,
      'ensembles',
      await xlsxFile(rows),
      { type: XLSX, fileName: 'annuaire.xlsx' },
    );
    expect(status, JSON.stringify(batch)).toBe(201);
    expect(batch.counts).toMatchObject({ lines: 200, valid: 200, withErrors: 0 });
    const [first] = batch.rows.items;
    expect(first).toMatchObject({
      cells: { kind: 'choir', communeCode: '58079', time: '20h', day: 'mardi' },
    });
    const applied = await apply(org.members.coordinator, org.id, batch);
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    const listed = await org.members.coordinator.get(`/api/orgs/${org.id}/ensembles?limit=1`);
    expect((listed.body as { total: number }).total).toBe(200);
    const search = await org.members.coordinator.get(
      `/api/orgs/${org.id}/ensembles?q=${encodeURIComponent('n° 2 de Tannay')}`,
    );
    const [tannay] = (
      search.body as { items: { id: string; source: string; confirmation: string }[] }
    ).items;
    expect(tannay).toMatchObject({ source: 'import', confirmation: 'current' });
    const detail = await org.members.coordinator.get(`/api/orgs/${org.id}/ensembles/${tannay!.id}`);
    expect(detail.body).toMatchObject({
      kind: 'band',
      rehearsals: [{ rule: 'FREQ=WEEKLY;BYDAY=TH', startTime: '20:30' }],
      annualFeeCents: 9000,
      genres: ['sacred'],
      workingLanguages: ['fr', 'br'],
    });
    // Imported places have no position of their own: the matching takes their commune's centre.
    const near = await org.members.coordinator.get(
      `/api/orgs/${org.id}/ensemble-matches/58145?kinds=band&limit=50`,
    );
    const names = (near.body as { matches: { ensemble: { name: string } }[] }).matches.map(
      (m) => m.ensemble.name,
    );
    expect(names).toContain('Fanfare n° 2 de Tannay');
  });

  it('names the lines it cannot read: an unknown kind, a day that is not one, a time that is not one', async () => {
    const file = utf8BomCsv([
      'Nom;Type;CP;Commune;Jour;Heure;RRULE',
      'Chœur du Vaux;Chorale;58500;Clamecy;mardi;20h;',
      'Les Ménétriers;Cornemuse;58500;Clamecy;jeudi;20h;',
      'La Lyre;Harmonie;58500;Clamecy;jeudredi;20h;',
      'Les Veilleurs;Chorale;58500;Clamecy;;minuit;',
      'Gospel du Nivernais;Chorale;58000;Nevers;;;FREQ=DAILY',
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'ensembles', file);
    const issues = (batch as ImportBatch).rows.items.map((row) => [
      row.status,
      row.issues.map((issue) => `${issue.field}:${issue.code}`),
    ]);
    expect(issues).toEqual([
      ['valid', []],
      ['error', ['kind:invalidChoice']],
      ['error', ['day:invalidChoice']],
      ['error', ['time:invalid']],
      ['error', ['rule:invalid']],
    ]);
  });

  it('refuses a language it does not know, naming the line and the column, and matches by language', async () => {
    const file = utf8BomCsv([
      'Nom;Type;CP;Commune;Langues de travail',
      'Kor Breizh Nevers;Chorale;58000;Nevers;breton, français',
      'Chœur des Étoiles;Chorale;58000;Nevers;klingon et français',
    ]);
    const { batch } = await upload(org.members.coordinator, org.id, 'ensembles', file);
    expect((batch as ImportBatch).rows.items.map((row) => row.issues)).toEqual([
      [],
      [
        expect.objectContaining({
          line: 3,
          column: 'Langues de travail',
          field: 'workingLanguages',
          severity: 'error',
          code: 'invalidChoice',
          params: { value: 'klingon' },
        }),
      ],
    ]);
    const refused = await apply(org.members.coordinator, org.id, batch);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      error: {
        code: 'IMPORT.HAS_ERRORS',
        details: {
          withErrors: 1,
          errors: [{ line: 3, column: 'Langues de travail', field: 'workingLanguages' }],
        },
      },
    });
    expect((refused.body as { error: { message: string } }).error.message).toContain(
      'line 3, column “Langues de travail”',
    );
    const fixed = await upload(
      org.members.coordinator,
      org.id,
      'ensembles',
      utf8BomCsv([
        'Nom;Type;CP;Commune;Langues de travail',
        'Kor Breizh Nevers;Chorale;58000;Nevers;breton, français',
      ]),
    );
    expect((await apply(org.members.coordinator, org.id, fixed.batch)).status).toBe(200);
    // A Breton speaker in Nevers sees why Kor Breizh suits them; a wrong code is left aside.
    const near = await org.members.coordinator.get(
      `/api/orgs/${org.id}/ensemble-matches/58194?kinds=choir&languages=br,xx&limit=50`,
    );
    const kor = (
      near.body as {
        matches: { ensemble: { name: string; workingLanguages: string[] }; reasons: string[] }[];
      }
    ).matches.find((m) => m.ensemble.name === 'Kor Breizh Nevers');
    expect(kor).toMatchObject({
      ensemble: { workingLanguages: ['br', 'fr'] },
      reasons: expect.arrayContaining(['language']),
    });
  });

  it('reads its own export back as the same listings', async () => {
    const exported = await org.members.coordinator.get(
      `/api/orgs/${org.id}/ensembles/export?format=csv`,
    );
    expect(exported.status).toBe(200);
    const { batch } = await upload(org.members.coordinator, org.id, 'ensembles', exported.rawBody);
    expect(batch.counts).toMatchObject({ lines: 201, withErrors: 0, duplicates: 201 });
  });
});
