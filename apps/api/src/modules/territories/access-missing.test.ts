// The access index of an instance where no official file was imported, as a new user first sees
// it: the organisation's own places stand for live music, and every missing component is named,
// left out of the scores, never guessed.
import type { AccessReport, RankedCommune } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AS_OF, buildProgramme } from '../../testing/territories-fixtures';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

const NEVERS = '58194';
let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['coordinator']);
  const ids = await buildProgramme(
    t,
    org.id,
    [
      {
        key: 'theatre',
        name: 'Théâtre municipal de Nevers',
        communeCode: NEVERS,
        lat: 46.9896,
        lon: 3.159,
      },
      // No session at all: still one of the organisation's places.
      { key: 'clamecy', name: 'Salle polyvalente de Clamecy', communeCode: '58079' },
      // Archived, with a session planned after the window: counted.
      { key: 'luzy', name: 'Ancienne salle de Luzy', communeCode: '58149' },
      // Archived, nothing since the window began: not counted.
      { key: 'decize', name: 'Salle fermée de Decize', communeCode: '58095' },
    ],
    [
      { venue: 'theatre', kind: 'workshop_singing', date: '2025-03-10' },
      { venue: 'luzy', kind: 'concert', date: '2025-09-01', status: 'planned' },
      { venue: 'decize', kind: 'concert', date: '2024-05-01', status: 'done' },
    ],
  );
  for (const key of ['luzy', 'decize']) {
    await t.database.db
      .update(schema.venues)
      .set({ archivedAt: new Date('2025-01-01T00:00:00Z') })
      .where(eq(schema.venues.id, ids[key]!));
  }
});
afterAll(() => t.close());

async function report(client = org.members.coordinator, query = `department=58&asOf=${AS_OF}`) {
  const response = await client.get(`/api/orgs/${org.id}/territories/access?${query}`);
  expect(response.status).toBe(200);
  return response.body as AccessReport;
}

const byId = (items: RankedCommune[], id: string) => items.find((c) => c.communeId === id)!;

describe('access index without any official file', () => {
  it('measures live music from the organisation’s places: Nevers, with its theatre, is not ranked farthest', async () => {
    const { items, venues } = await report();
    const nevers = byId(items, NEVERS);
    // The theatre is 0.3 km from the commune's centre.
    expect(nevers.distanceToLiveMusicKm).toBeLessThan(0.5);
    expect(nevers).toMatchObject({
      nearestLiveMusic: { kind: 'venue', name: 'Théâtre municipal de Nevers' },
      activities: 1,
      unknown: ['rurality', 'priority'],
      possiblePoints: 70,
      priorityArea: null,
      densityClass: null,
      points: { rurality: null, priority: null },
    });
    // The farthest communes are over 30 km from every place: 45 + 25 of 70 points.
    expect(items[0]).toMatchObject({ rank: 1, score: 100 });
    expect(items[0]!.distanceToLiveMusicKm).toBeGreaterThan(30);
    expect(nevers.rank).toBeGreaterThan(items.length / 2);
    expect(nevers.score).toBeLessThan(40);
    expect(venues.map((v) => v.name).sort()).toEqual([
      'Ancienne salle de Luzy',
      'Salle polyvalente de Clamecy',
      'Théâtre municipal de Nevers',
    ]);
    expect(byId(items, '58149').distanceToLiveMusicKm).toBe(0);
  });

  it('says which components are missing and what the distance rests on', async () => {
    const { dimensions, summary, reference } = await report();
    expect(dimensions).toEqual({
      distance: {
        status: 'partial',
        source: null,
        knownCommunes: summary.communes,
        ownPlaces: 3,
        facilities: 0,
      },
      activities: { status: 'present', source: null, knownCommunes: summary.communes },
      rurality: { status: 'missing', source: null, knownCommunes: 0 },
      priority: { status: 'missing', source: null, knownCommunes: 0 },
    });
    expect(summary.priorityCommunes).toBeNull();
    expect(summary.noLiveMusicWithin30Km).toBeGreaterThan(0);
    expect(reference).toEqual({
      facilitiesYear: null,
      densityYear: null,
      priorityAreasYear: null,
      centresYear: null,
    });
  });

  it('gives every commune of Creuse one shared rank when what is known cannot tell them apart', async () => {
    const { items, summary } = await report(org.members.coordinator, `department=23&asOf=${AS_OF}`);
    expect(items.length).toBeGreaterThan(250);
    expect(summary.distinctScores).toBe(1);
    expect(new Set(items.map((c) => c.rank))).toEqual(new Set([1]));
  });

  it('leaves the distance out for an organisation with no place at all', async () => {
    const empty = await buildOrganisation(t, ['coordinator'], 'Structure sans lieu');
    const response = await empty.members.coordinator.get(
      `/api/orgs/${empty.id}/territories/access?department=58&asOf=${AS_OF}`,
    );
    const { items, dimensions, summary } = response.body as AccessReport;
    expect(dimensions.distance).toMatchObject({
      status: 'missing',
      ownPlaces: 0,
      knownCommunes: 0,
    });
    expect(items.every((c) => c.unknown.join() === 'distance,rurality,priority')).toBe(true);
    expect(items.every((c) => c.distanceToLiveMusicKm === null && c.points.distance === null)).toBe(
      true,
    );
    expect(summary.noLiveMusicWithin30Km).toBeNull();
    expect(summary.distinctScores).toBe(1);
  });

  it('names the missing data in a CSV column and in the notes', async () => {
    const response = await org.members.coordinator.get(
      `/api/orgs/${org.id}/territories/access.csv?department=58&asOf=${AS_OF}`,
    );
    expect(response.status).toBe(200);
    const lines = String(response.body).slice(1).split('\r\n');
    const header = lines[0]!.split(';');
    const nevers = lines.find((l) => l.includes(`;${NEVERS};`))!.split(';');
    const cell = (title: string) => nevers[header.indexOf(title)];
    expect(cell('Points possibles (sur 100)')).toBe('70');
    expect(cell('Données manquantes')).toBe('densité, quartiers prioritaires');
    expect(cell('Points ruralité (sur 15)')).toBe('');
    expect(cell('Quartier prioritaire')).toBe('inconnu');
    const text = String(response.body);
    expect(text).toContain('Données manquantes : densité, quartiers prioritaires.');
    expect(text).toContain('la musique vivante connue se limite aux 3 lieux de la structure');
  });
});
