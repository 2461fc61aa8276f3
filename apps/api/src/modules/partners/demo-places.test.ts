import {
  DEMO_ARTISTS,
  DEMO_PARTNERS,
  DEMO_PASSWORD,
  DEMO_VENUES,
  demoSeason,
  schema,
} from '@tutti/db';
import { haversineKm } from '@tutti/geo';
import { loadCommuneDataset } from '@tutti/geo/node';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Client, signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let coordinator: Client;
let orgId: string;
beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
  coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
  orgId = ((await coordinator.get('/api/me')).body as { memberships: { orgId: string }[] })
    .memberships[0]!.orgId;
});
afterAll(() => t.close());

type Named = { name?: string; displayName?: string };
const namesOf = (body: unknown) =>
  (body as { items: Named[] }).items.map((i) => i.name ?? i.displayName).sort();

describe('demo partners, venues and artists', () => {
  it('are all there under the names other demo steps look up', async () => {
    const partners = await coordinator.get(`/api/orgs/${orgId}/partners?limit=200`);
    expect(namesOf(partners.body)).toEqual(Object.values(DEMO_PARTNERS).sort());
    const venues = await coordinator.get(`/api/orgs/${orgId}/venues?limit=200`);
    expect(namesOf(venues.body)).toEqual(Object.values(DEMO_VENUES).sort());
    const artists = await coordinator.get(`/api/orgs/${orgId}/artists?limit=200`);
    expect(namesOf(artists.body)).toEqual(Object.values(DEMO_ARTISTS).sort());
  });

  it('places twelve venues in the Nièvre and two in Vitry-sur-Seine', async () => {
    const venues = await t.database.db
      .select()
      .from(schema.venues)
      .where(eq(schema.venues.orgId, orgId));
    const departments = venues.map((v) => v.communeCode!.slice(0, 2));
    expect(departments.filter((d) => d === '58')).toHaveLength(12);
    expect(venues.filter((v) => v.communeCode === '94081')).toHaveLength(2);
  });

  it('uses real commune codes with their names, and positions within 5 km of the commune', async () => {
    const { dataset } = loadCommuneDataset();
    const db = t.database.db;
    const places = [
      ...(await db.select().from(schema.venues).where(eq(schema.venues.orgId, orgId))),
      ...(await db.select().from(schema.partners).where(eq(schema.partners.orgId, orgId))),
      ...(await db.select().from(schema.artists).where(eq(schema.artists.orgId, orgId))).map(
        (a) => ({
          ...a,
          communeCode: a.homeCommuneCode,
          communeName: a.homeCommuneName,
        }),
      ),
    ];
    for (const place of places) {
      const commune = dataset.byId.get(place.communeCode!);
      expect({ code: place.communeCode, name: commune?.name }).toEqual({
        code: place.communeCode,
        name: place.communeName,
      });
      if ('latitude' in place && place.latitude !== null && place.longitude !== null) {
        // The commune's position is the point of its territory farthest from its border, not
        // the town centre where the venues are: up to 3.6 km apart for the demo's communes.
        const km = haversineKm({ lat: place.latitude, lon: place.longitude }, commune!.location);
        expect(km).toBeLessThan(5);
      }
    }
  });

  it('links Sophie Laurent to artist@demo.test, who sees her own record and availability', async () => {
    const artist = await signIn(t.app, 'artist@demo.test', DEMO_PASSWORD);
    const list = await artist.get(`/api/orgs/${orgId}/artists`);
    expect(list.body).toMatchObject({ total: 1, items: [{ displayName: DEMO_ARTISTS.sophie }] });
    const id = (list.body as { items: { id: string }[] }).items[0]!.id;
    const detail = await artist.get(`/api/orgs/${orgId}/artists/${id}`);
    expect(detail.body).toMatchObject({
      skills: ['workshop_singing', 'workshop_early_years', 'concert'],
      availability: expect.arrayContaining([{ weekday: 6, startsAt: '09:00', endsAt: '23:00' }]),
    });
  });

  it('dates agreements and closures in the school year under way', async () => {
    const season = demoSeason(new Date());
    const list = await coordinator.get(`/api/orgs/${orgId}/partners?q=clamecy&type=municipality`);
    const id = (list.body as { items: { id: string }[] }).items[0]!.id;
    const mairie = await coordinator.get(`/api/orgs/${orgId}/partners/${id}`);
    expect(mairie.body).toMatchObject({
      agreements: [
        {
          title: `Convention de résidence ${season.label}`,
          startsOn: season.startsOn,
          endsOn: season.endsOn,
        },
      ],
    });
    const blackouts = await t.database.db
      .select()
      .from(schema.venueBlackouts)
      .where(eq(schema.venueBlackouts.orgId, orgId));
    for (const blackout of blackouts) {
      expect(
        blackout.startsOn >= season.startsOn && blackout.endsOn <= `${season.startYear + 1}-08-31`,
      ).toBe(true);
    }
  });
});
