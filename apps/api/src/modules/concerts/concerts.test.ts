// A concert's tariffs within the organisation's price cap, and who may read the box office.
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSession } from '../../testing/programme-factory';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'artist', 'viewer']);
  coordinator = org.members.coordinator!;
});
afterAll(() => t.close());

const tariffsUrl = (sessionId: string) => `/api/orgs/${org.id}/sessions/${sessionId}/tariffs`;
const boxOfficeUrl = (sessionId: string) => `/api/orgs/${org.id}/sessions/${sessionId}/box-office`;
const put = (client: Client, sessionId: string, tariffs: unknown[]) =>
  client.request('PUT', tariffsUrl(sessionId), { tariffs });

const familyTariffs = [
  { kind: 'free', priceCents: 0, conditions: 'Moins de 12 ans' },
  { kind: 'solidarity', priceCents: 200, conditions: 'Minima sociaux, demandeurs d’emploi' },
  { kind: 'full', priceCents: 800, seatLimit: 50 },
  { kind: 'supporter', priceCents: 1000 },
  { kind: 'payWhatYouCan', floorCents: 100, ceilingCents: 1000 },
];

describe('concert tariffs', () => {
  it('sets five tariffs and answers the box office with the hall capacity and the cap', async () => {
    const concert = await buildSession(t, org.id, { kind: 'concert' });
    await t.database.db
      .update(schema.sessions)
      .set({ capacity: 80 })
      .where(eq(schema.sessions.id, concert.id));
    const response = await put(coordinator, concert.id, familyTariffs);
    expect(response.status).toBe(200);
    const box = response.body as {
      capacity: number;
      priceCapCents: number;
      remaining: number;
      tariffs: { kind: string; remaining: number | null }[];
    };
    expect(box).toMatchObject({ capacity: 80, priceCapCents: 1000, remaining: 80, booked: 0 });
    expect(box.tariffs.map((tariff) => [tariff.kind, tariff.remaining])).toEqual([
      ['free', 80],
      ['solidarity', 80],
      ['full', 50],
      ['supporter', 80],
      ['payWhatYouCan', 80],
    ]);
    const read = await org.members.viewer!.get(boxOfficeUrl(concert.id));
    expect(read.status).toBe(200);
  });

  it('refuses a price above the cap with 400 naming the tariff and the cap in euros', async () => {
    const concert = await buildSession(t, org.id, { kind: 'concert' });
    const response = await put(coordinator, concert.id, [
      { kind: 'full', priceCents: 800 },
      { kind: 'reduced', priceCents: 500 },
      { kind: 'supporter', priceCents: 1500 },
    ]);
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        code: 'CONCERT.PRICE_ABOVE_CAP',
        fields: [
          {
            path: 'body.tariffs.2.priceCents',
            message: "above the organisation's cap of 10 €",
          },
        ],
      },
    });
  });

  it("follows the organisation's own cap, a pay-what-you-can ceiling included", async () => {
    const [other] = await t.database.db
      .insert(schema.organisations)
      .values({ name: 'Petite scène', ticketPriceCapCents: 750 })
      .returning();
    const admin = (await buildOrganisation(t, ['admin'])).members.admin;
    await t.database.db
      .update(schema.memberships)
      .set({ orgId: other!.id })
      .where(eq(schema.memberships.userId, admin.userId!));
    const concert = await buildSession(t, other!.id, { kind: 'concert' });
    const response = await admin.request(
      'PUT',
      `/api/orgs/${other!.id}/sessions/${concert.id}/tariffs`,
      { tariffs: [{ kind: 'payWhatYouCan', floorCents: 100, ceilingCents: 800 }] },
    );
    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      error: {
        fields: [
          {
            path: 'body.tariffs.0.ceilingCents',
            message: "above the organisation's cap of 7.50 €",
          },
        ],
      },
    });
  });

  it('refuses a malformed tariff with 400 naming its field', async () => {
    const concert = await buildSession(t, org.id, { kind: 'concert' });
    const cases: [unknown, string][] = [
      [{ kind: 'full' }, 'body.tariffs.0.priceCents'],
      [{ kind: 'free', priceCents: 300 }, 'body.tariffs.0.priceCents'],
      [
        { kind: 'payWhatYouCan', floorCents: 500, ceilingCents: 200 },
        'body.tariffs.0.ceilingCents',
      ],
      [{ kind: 'reduced', priceCents: 4.5 }, 'body.tariffs.0.priceCents'],
    ];
    for (const [tariff, path] of cases) {
      const response = await put(coordinator, concert.id, [tariff]);
      expect(response.status).toBe(400);
      const fields = (response.body as { error: { fields: { path: string }[] } }).error.fields;
      expect(fields.map((field) => field.path)).toContain(path);
    }
  });

  it('keeps a tariff sent with its id and removes the ones left out', async () => {
    const concert = await buildSession(t, org.id, { kind: 'concert' });
    const first = await put(coordinator, concert.id, familyTariffs.slice(0, 3));
    const ids = (first.body as { tariffs: { id: string }[] }).tariffs.map((tariff) => tariff.id);
    const second = await put(coordinator, concert.id, [
      { id: ids[2], kind: 'full', priceCents: 900 },
      { kind: 'reduced', priceCents: 600, conditions: 'Étudiants' },
    ]);
    expect(second.status).toBe(200);
    const tariffs = (second.body as { tariffs: { id: string; priceCents: number }[] }).tariffs;
    expect(tariffs[0]).toMatchObject({ id: ids[2], priceCents: 900 });
    expect(tariffs).toHaveLength(2);
  });

  it('answers 404 for a workshop, and 403 to an artist setting tariffs', async () => {
    const workshop = await buildSession(t, org.id);
    expect((await put(coordinator, workshop.id, familyTariffs)).status).toBe(404);
    const concert = await buildSession(t, org.id, { kind: 'concert' });
    expect((await put(org.members.artist!, concert.id, familyTariffs)).status).toBe(403);
    expect(
      (await org.members.viewer!.get(`/api/orgs/${org.id}/sessions/${concert.id}/orders`)).status,
    ).toBe(403);
    expect((await org.members.artist!.get(boxOfficeUrl(concert.id))).status).toBe(200);
  });
});
