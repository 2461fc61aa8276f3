import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  A,
  AREA,
  AS_OF,
  B,
  buildProgramme,
  importHandCheckedReference,
} from '../../testing/territories-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';
import { reasonText } from './access-csv';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  await importHandCheckedReference(t);
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  await buildProgramme(
    t,
    org.id,
    [{ key: 'florac', name: 'Salle des fêtes; Florac', communeCode: A, lat: 44.5, lon: 3.5 }],
    [
      { venue: 'florac', kind: 'concert', date: '2025-03-15' },
      { venue: 'florac', kind: 'workshop_singing', date: '2025-01-10' },
      { venue: 'florac', kind: 'workshop_singing', date: '2025-01-17' },
    ],
  );
});
afterAll(() => t.close());

async function exportCsv(locale?: 'fr' | 'en' | 'de') {
  const client = org.members.coordinator;
  if (locale) expect((await client.patch('/api/me', { locale })).status).toBe(200);
  const response = await client.get(
    `/api/orgs/${org.id}/territories/access.csv?communes=${AREA}&asOf=${AS_OF}`,
  );
  expect(response.status).toBe(200);
  return { text: String(response.body), headers: response.headers };
}

describe('access CSV export', () => {
  it('is UTF-8 with a BOM, semicolons and decimal commas, one line per commune in rank order', async () => {
    const { text, headers } = await exportCsv('fr');
    expect(headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(headers['content-disposition']).toBe(
      `attachment; filename="territoires-barre-des-cevennes-florac-trois-rivieres-palhers-${AS_OF}.csv"`,
    );
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'Rang;Code commune;Commune;Département;Population;Score d’accès (0-100);Points distance (sur 45);Points activités (sur 25);Points ruralité (sur 15);Points priorité (sur 15);Points possibles (sur 100);Données manquantes;Distance à la musique vivante (km, vol d’oiseau);Temps estimé en voiture (min);Lieu de musique vivante le plus proche;Activités Tutti (12 mois);Activités pour 1 000 habitants;Niveau de densité (1-7);Quartier prioritaire;Position approchée;Source de la position;Raisons',
    );
    const first = lines[1]!.split(';');
    expect(first.slice(0, 21)).toEqual([
      '1',
      B,
      'Palhers',
      '48',
      '200',
      '88,4',
      '33,36',
      '25',
      '15',
      '15',
      '100',
      // Nothing missing for this commune.
      '',
      '22,2',
      '29',
      // The venue's name holds a semicolon: the field is quoted.
      '"Salle des fêtes',
      ' Florac (lieu de la structure)"',
      '0',
      '0',
      '7',
      'oui',
      'non',
    ]);
    expect(lines[1]).toContain(
      'À 22,2 km à vol d’oiseau du lieu de musique vivante le plus proche (≈ 29 min en voiture) : +33,4 pts | Aucune activité Tutti dans la commune : +25 pts',
    );
    expect(lines.slice(1, 4).map((l) => l.split(';')[1])).toEqual([B, '48019', A]);
  });

  it('carries the documented score, the period and the sources after the table', async () => {
    const { text } = await exportCsv('fr');
    const lines = text.split('\r\n');
    expect(lines[4]).toBe('');
    // Notes hold semicolons: each is one quoted cell.
    expect(lines[5]).toBe(
      `"Zone : Barre-des-Cévennes, Florac Trois Rivières, Palhers ; période : du 2024-07-01 au ${AS_OF}."`,
    );
    expect(text).toContain('= 45 × min(1 ; distance à vol d’oiseau');
    expect(text).toContain('+ 15 × (1 si la commune a un quartier prioritaire)');
    expect(text).toContain('le score est la part des points possibles obtenus');
    // Every component is known for these three communes: no note says otherwise.
    expect(text).not.toContain('Données manquantes :');
    expect(text).toMatch(/Sources : INSEE, DGCL via Etalab.*GeoNames.*ANCT/);
  });

  it('follows the reader’s language: English with decimal points, German with commas', async () => {
    const english = await exportCsv('en');
    expect(english.text.slice(1).startsWith('Rank;Municipality code;Municipality;')).toBe(true);
    expect(english.text).toContain(';88.4;33.36;25;15;15;100;;');
    expect(english.text).toContain('Approximate position');
    const german = await exportCsv('de');
    expect(german.text).toContain(';88,4;33,36;25;15;15;100;;');
    expect(german.text).toContain('Ungefähre Lage');
  });

  it('writes reasons with i18next parameters in the given language', () => {
    const reason = {
      key: 'access.reason.fewActivities',
      params: { activities: 3, per1000: 1.43, points: 21.4 },
    };
    expect(reasonText('fr', reason)).toBe(
      '3 activités Tutti (1,4 pour 1 000 habitants) : +21,4 pts',
    );
    expect(reasonText('en', reason)).toMatch(/^3 Tutti activities \(1\.4 per 1,000/);
  });
});
