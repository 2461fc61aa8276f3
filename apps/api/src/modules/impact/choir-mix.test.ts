// The choirs' intergenerational mix on the impact page: the singers of a choir whose concert is
// linked to a concert session of the scope, by age band, suppressed, each singer once.
import { type ImpactIndicators, SMALL_COUNT } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addSingers, seedChoir } from '../../testing/choir-fixtures';
import { buildSession } from '../../testing/programme-factory';
import { expectNoSmallPeopleFigure } from '../../testing/suppression-expect';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let choir: Awaited<ReturnType<typeof seedChoir>>;
const DAY = 86_400_000;
const period = (from: number, to: number) =>
  `from=${new Date(Date.now() + from * DAY).toISOString().slice(0, 10)}&to=${new Date(Date.now() + to * DAY).toISOString().slice(0, 10)}`;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer']);
  choir = await seedChoir(org);
  // Six singers from the fixture (two 26-64, two 15-17, two 65+) and 21 more adults, of whom
  // five are retirees, four are 11-14 and one left before the concert.
  const added = await addSingers(t, org, choir, 21);
  const participantsOf = async (ids: string[]) =>
    (
      await t.database.db
        .select({ id: schema.choirMembers.participantId })
        .from(schema.choirMembers)
        .where(inArray(schema.choirMembers.id, ids))
    ).map((row) => row.id);
  await t.database.db
    .update(schema.participants)
    .set({ ageBand: '65+' })
    .where(inArray(schema.participants.id, await participantsOf(added.slice(0, 5))));
  await t.database.db
    .update(schema.participants)
    .set({ ageBand: '11-14' })
    .where(inArray(schema.participants.id, await participantsOf(added.slice(5, 9))));
  await t.database.db
    .update(schema.choirMembers)
    .set({ active: false, leftOn: new Date(Date.now() - 60 * DAY).toISOString().slice(0, 10) })
    .where(eq(schema.choirMembers.id, added[20]!));

  const base = `/api/orgs/${org.id}/choirs/${choir.choirId}`;
  const concert = async (daysFromNow: number) => {
    const startsAt = new Date(Date.now() + daysFromNow * DAY);
    const session = await buildSession(t, org.id, {
      kind: 'concert',
      startsAt,
      status: daysFromNow < 0 ? 'done' : 'planned',
    });
    const created = await org.members.coordinator.post(`${base}/rehearsals`, {
      seasonId: choir.seasonId,
      siteId: null,
      kind: 'concert',
      startsAt: startsAt.toISOString(),
      durationMin: 120,
      sessionId: session.id,
    });
    expect(created.status).toBe(201);
    return (created.body as { id: string }).id;
  };
  await concert(-20);
  await concert(-10);
  await concert(20);
  // Cancelled: it counts nowhere.
  const cancelled = await concert(25);
  const patched = await org.members.coordinator.patch(`${base}/rehearsals/${cancelled}`, {
    status: 'cancelled',
  });
  expect(patched.status).toBe(200);
});
afterAll(() => t.close());

async function indicators(query: string) {
  const response = await org.members.viewer.get(`/api/orgs/${org.id}/impact/indicators?${query}`);
  expect(response.status).toBe(200);
  return response.body as ImpactIndicators;
}

describe('the choirs’ intergenerational mix', () => {
  it('counts each singer of the concerts once by age band, small bands suppressed', async () => {
    const body = await indicators(period(-30, 30));
    expect(body.choirs).toHaveLength(1);
    const [mix] = body.choirs;
    expect(mix).toMatchObject({
      choirId: choir.choirId,
      name: 'Chœur des Deux Rives',
      concertsHeld: 2,
      concertsPlanned: 1,
      // 6 + 21 - the one who left: counted once over three concerts.
      singers: 26,
    });
    const band = (category: string) => mix!.ageBands.find((c) => c.category === category)?.count;
    expect(band('26-64')).toBe(13);
    expect(band('65+')).toBe(7);
    // 2 and 4 are small; hidden together they make 6, which reveals no single one.
    expect(band('15-17')).toBe(SMALL_COUNT);
    expect(band('11-14')).toBe(SMALL_COUNT);
    // Nobody without an age band: "not stated" is a zero, not a share of the others.
    expect(band('unknown')).toBe(0);
    expect(band('0-2')).toBe(0);
    expectNoSmallPeopleFigure(body.choirs);
  });

  it('follows the period: held concerts only in the past, none outside it', async () => {
    const past = await indicators(period(-15, -1));
    expect(past.choirs[0]).toMatchObject({ concertsHeld: 1, concertsPlanned: 0, singers: 26 });
    expect((await indicators(period(-400, -300))).choirs).toEqual([]);
  });

  it('masks a choir too small to show', async () => {
    const small = await buildOrganisation(t, ['admin', 'coordinator', 'viewer'], 'Petit chœur');
    const tiny = await seedChoir(small, { singers: 1 });
    const session = await buildSession(t, small.id, {
      kind: 'concert',
      status: 'done',
      startsAt: new Date(Date.now() - 5 * DAY),
    });
    await small.members.coordinator.post(
      `/api/orgs/${small.id}/choirs/${tiny.choirId}/rehearsals`,
      {
        seasonId: tiny.seasonId,
        siteId: null,
        kind: 'concert',
        startsAt: session.startsAt.toISOString(),
        durationMin: 60,
        sessionId: session.id,
      },
    );
    const response = await small.members.viewer.get(
      `/api/orgs/${small.id}/impact/indicators?${period(-30, 30)}`,
    );
    const [mix] = (response.body as ImpactIndicators).choirs;
    expect(mix).toMatchObject({ concertsHeld: 1, singers: SMALL_COUNT });
    expect(mix!.ageBands.every((c) => c.count === 0 || typeof c.count !== 'number')).toBe(true);
    expectNoSmallPeopleFigure(mix);
  });
});
