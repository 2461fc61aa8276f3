// Factor versions: the built-in set, an organisation's own versions, switching, and who sees what.
import { ADEME_2025, TRANSPORT_MODES } from '@tutti/carbon';
import {
  carbonModes,
  type FactorSet,
  type FactorSetSummary,
  type SessionFootprint,
} from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { carbonFactory } from '../../testing/carbon-factory';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

/** ADEME 2025 with the combustion car's factor doubled, under a new name. */
function doubledCarSet(version: string) {
  const car = ADEME_2025.factors['car-combustion'];
  return {
    ...ADEME_2025,
    version,
    publishedOn: '2026-01',
    factors: {
      ...ADEME_2025.factors,
      'car-combustion': {
        ...car,
        useKgPerKm: car.useKgPerKm * 2,
        buildKgPerKm: car.buildKgPerKm * 2,
        totalKgPerKm: car.totalKgPerKm * 2,
      },
    },
  };
}

describe('factor versions', () => {
  it('lists in the contracts exactly the carbon model’s transport modes', () => {
    expect([...carbonModes]).toEqual([...TRANSPORT_MODES]);
  });

  it('ships ADEME 2025 as a built-in set, equal to the carbon package’s, current by default', async () => {
    const org = await buildOrganisation(t, ['admin', 'viewer']);
    const list = await org.members.viewer.get(`/api/orgs/${org.id}/carbon/factor-sets`);
    const items = (list.body as { items: FactorSetSummary[] }).items;
    expect(items).toEqual([
      expect.objectContaining({ version: 'ademe-impactco2-2025', builtIn: true, current: true }),
    ]);
    const full = await org.members.viewer.get(
      `/api/orgs/${org.id}/carbon/factor-sets/${items[0]!.id}`,
    );
    const set = full.body as FactorSet;
    expect(set.factors).toEqual(ADEME_2025.factors);
    expect(set.onlineVideo).toEqual(ADEME_2025.onlineVideo);
    expect(
      (await org.members.viewer.get(`/api/orgs/${org.id}/carbon/settings`)).body,
    ).toMatchObject({
      factorVersion: 'ademe-impactco2-2025',
      followsLatestBuiltIn: true,
    });
  });

  it('names every wrong field of a new version in one 400, and refuses an existing name', async () => {
    const org = await buildOrganisation(t, ['admin']);
    const { 'bus-electric': _missing, ...factors } = ADEME_2025.factors;
    const response = await org.members.admin.post(`/api/orgs/${org.id}/carbon/factor-sets`, {
      ...ADEME_2025,
      factors: { ...factors, van: { ...factors.van, useKgPerKm: -1 }, hoverboard: {} },
    });
    expect(response.status).toBe(400);
    const paths = (response.body as { error: { fields: { path: string }[] } }).error.fields.map(
      (f) => f.path,
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'body.version',
        'body.factors.van.useKgPerKm',
        'body.factors.bus-electric',
        'body.factors.hoverboard',
      ]),
    );
    expect(response.body).toMatchObject({ error: { code: 'CARBON.INVALID_FACTORS' } });
  });

  it('changes only the figures and the recorded version when the organisation switches version', async () => {
    const org = await buildOrganisation(t, ['admin', 'coordinator']);
    const make = carbonFactory(t, org.id);
    const project = await make.project();
    const venue = await make.venue('Salle', { code: '55001', name: 'Bourg' }, { lat: 49, lon: 5 });
    const ana = await make.artist('Ana', { code: '55002', name: 'Villeneuve', lat: 49.2, lon: 5 });
    const cleo = await make.artist(
      'Cléo',
      { code: '55003', name: 'Vaux', lat: 48.8, lon: 5 },
      'train',
    );
    const session = await make.session({
      projectId: project.id,
      venueId: venue.id,
      startsAt: '2026-03-03T09:00:00Z',
      artistIds: [ana.id, cleo.id],
    });
    const url = `/api/orgs/${org.id}/sessions/${session.id}/carbon`;
    const before = (await org.members.coordinator.get(url)).body as SessionFootprint;

    const created = await org.members.admin.post(
      `/api/orgs/${org.id}/carbon/factor-sets`,
      doubledCarSet('tutti-test-2026'),
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ builtIn: false, current: false });
    // Adding a version does not switch to it; choosing it does.
    expect(
      ((await org.members.coordinator.get(url)).body as SessionFootprint).summary.factorVersion,
    ).toBe('ademe-impactco2-2025');
    const chosen = await org.members.admin.patch(`/api/orgs/${org.id}/carbon/settings`, {
      factorSetId: (created.body as FactorSet).id,
    });
    expect(chosen.body).toMatchObject({
      factorVersion: 'tutti-test-2026',
      followsLatestBuiltIn: false,
    });
    const after = (await org.members.coordinator.get(url)).body as SessionFootprint;

    const shape = (f: SessionFootprint) =>
      f.lines.map(({ co2eKg: _kg, factorVersion: _v, factorKgPerUnit: _f, ...rest }) => rest);
    expect(shape(after)).toEqual(shape(before));
    expect(after.lines.every((l) => l.factorVersion === 'tutti-test-2026')).toBe(true);
    for (const [i, line] of after.lines.entries()) {
      const factor = line.mode === 'car-combustion' ? 2 : 1;
      expect(line.co2eKg).toBeCloseTo(before.lines[i]!.co2eKg * factor, 9);
    }
    expect(after.summary.beneficiaries).toEqual(before.summary.beneficiaries);
    // The built-in version stays, and going back gives the old figures again.
    const builtIn = (
      (await org.members.admin.get(`/api/orgs/${org.id}/carbon/factor-sets`)).body as {
        items: FactorSetSummary[];
      }
    ).items.find((s) => s.builtIn)!;
    await org.members.admin.patch(`/api/orgs/${org.id}/carbon/settings`, {
      factorSetId: builtIn.id,
    });
    expect((await org.members.coordinator.get(url)).body).toEqual(before);
  });

  it('keeps an organisation’s versions to itself, and lets only admins add or choose one', async () => {
    const a = await buildOrganisation(t, ['admin', 'coordinator'], 'A');
    const b = await buildOrganisation(t, ['admin'], 'B');
    const created = await a.members.admin.post(
      `/api/orgs/${a.id}/carbon/factor-sets`,
      doubledCarSet('a-only'),
    );
    const id = (created.body as FactorSet).id;
    const listB = (await b.members.admin.get(`/api/orgs/${b.id}/carbon/factor-sets`)).body as {
      items: FactorSetSummary[];
    };
    expect(listB.items.map((s) => s.version)).toEqual(['ademe-impactco2-2025']);
    expect((await b.members.admin.get(`/api/orgs/${b.id}/carbon/factor-sets/${id}`)).status).toBe(
      404,
    );
    expect(
      (await b.members.admin.patch(`/api/orgs/${b.id}/carbon/settings`, { factorSetId: id }))
        .status,
    ).toBe(404);
    // Another organisation may use the same version name for its own set.
    expect(
      (await b.members.admin.post(`/api/orgs/${b.id}/carbon/factor-sets`, doubledCarSet('a-only')))
        .status,
    ).toBe(201);
    const coordinator = await a.members.coordinator.post(
      `/api/orgs/${a.id}/carbon/factor-sets`,
      doubledCarSet('c'),
    );
    expect(coordinator.status).toBe(403);
  });
});

describe('row-level security of factor sets', () => {
  it('shows built-in sets to every tenant and own sets to their organisation only', async () => {
    const a = await buildOrganisation(t, ['admin'], 'A');
    const b = await buildOrganisation(t, ['admin'], 'B');
    await a.members.admin.post(`/api/orgs/${a.id}/carbon/factor-sets`, doubledCarSet('rls-a'));
    const visibleTo = (orgId: string) =>
      t.database.withTenant({ orgId, userId: null }, (tx) =>
        tx.select({ version: schema.carbonFactorSets.version }).from(schema.carbonFactorSets),
      );
    expect((await visibleTo(a.id)).map((r) => r.version).sort()).toEqual([
      'ademe-impactco2-2025',
      'rls-a',
    ]);
    expect((await visibleTo(b.id)).map((r) => r.version)).toEqual(['ademe-impactco2-2025']);
  });

  it('refuses a tenant writing a built-in or another organisation’s set, and any edit or deletion', async () => {
    const a = await buildOrganisation(t, ['admin'], 'A');
    const b = await buildOrganisation(t, ['admin'], 'B');
    const row = { ...doubledCarSet('forged'), factors: ADEME_2025.factors };
    const asA = <T>(work: Parameters<typeof t.database.withTenant<T>>[1]) =>
      t.database.withTenant({ orgId: a.id, userId: null }, work);
    for (const orgId of [null, b.id]) {
      await expectDatabaseError(
        asA((tx) => tx.insert(schema.carbonFactorSets).values({ ...row, orgId })),
        /row-level security/,
      );
    }
    await expectDatabaseError(
      asA((tx) => tx.update(schema.carbonFactorSets).set({ source: 'edited' }).where(sql`true`)),
      /permission denied/,
    );
    await expectDatabaseError(
      asA((tx) =>
        tx
          .delete(schema.carbonFactorSets)
          .where(eq(schema.carbonFactorSets.version, 'ademe-impactco2-2025')),
      ),
      /permission denied/,
    );
  });
});

async function expectDatabaseError(attempt: Promise<unknown>, reason: RegExp) {
  const error = await attempt.then(
    () => null,
    (e: Error & { cause?: Error }) => e,
  );
  expect(error?.cause?.message ?? error?.message).toMatch(reason);
}
