import { randomUUID } from 'node:crypto';
import { type ImpactIndicators, MASKED, SMALL_COUNT, type Trace } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildImpactScene } from '../../testing/impact-fixtures';
import {
  expectNoSmallPeopleFigure,
  expectTotalRevealsNothing,
} from '../../testing/suppression-expect';
import { buildOrganisation, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let scene: Awaited<ReturnType<typeof buildImpactScene>>;
// From September 2025 to a year from now, so that the concert planned in two months is in it.
const period = `from=2025-09-01&to=${new Date(Date.now() + 365 * 86_400_000).toISOString().slice(0, 10)}`;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator', 'viewer', 'relay']);
  scene = await buildImpactScene(t, org.id);
});
afterAll(() => t.close());

async function indicators(query: string, role: 'coordinator' | 'viewer' = 'coordinator') {
  const response = await org.members[role].get(`/api/orgs/${org.id}/impact/indicators?${query}`);
  expect(response.status).toBe(200);
  return response.body as ImpactIndicators;
}

/** The indicators once the background footprint of these filters is computed. */
async function settled(query: string) {
  let result = await indicators(query);
  for (let i = 0; i < 100 && result.carbon.state !== 'current'; i++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    result = await indicators(query);
  }
  return result;
}

describe('impact indicators', () => {
  it('adds up a small organisation as worked out by hand', async () => {
    const result = await indicators(period);
    // Held: two singing workshops, one percussion, one concert; the cancelled one and the
    // concert planned in two months are not held; the June 2025 workshop is before the period.
    expect(result.sessions).toMatchObject({ held: 4, planned: 1, cancelled: 1 });
    expect(result.sessions.byKind).toEqual([
      { kind: 'workshop_singing', count: 2 },
      { kind: 'workshop_percussion', count: 1 },
      { kind: 'concert', count: 1 },
    ]);
    expect(result.sessions.byMonth).toEqual([
      { month: '2026-01', workshops: 2, concerts: 0, online: 0 },
      { month: '2026-02', workshops: 1, concerts: 0, online: 0 },
      { month: '2026-03', workshops: 0, concerts: 1, online: 0 },
    ]);
    // Listed: the 6 pupils (all present at the concert) + the 5 elders = 11; counted: 40.
    expect(result.beneficiaries).toEqual({ total: 51, listed: 11, counted: 40 });
    // Concert audience: 40 counted + the 6 pupils marked present.
    expect(result.concerts).toEqual({ count: 1, audience: 46 });
    expect(result.online).toEqual({ count: 0, attendances: 0 });
    // Participant-hours: 5×2 + 4×2 + 5×1.5 + 6×1.5 = 34.5 listed; 40×1.5 = 60 counted.
    expect(result.practiceHours).toEqual({ total: 94.5, listed: 34.5 });
    // Marks: 6 + 6 + 5 + 6 = 23, present 5 + 4 + 5 + 6 = 20.
    expect(result.attendance).toEqual({ rate: Math.round((20 / 23) * 10_000) / 10_000 });
    // Ages: 6 pupils, 5 elders, 40 counted without a group (unknown); the other bands are 0,
    // shown as 0: nobody stands behind them.
    expect(result.publics.ageBands).toEqual([
      { category: '0-2', count: 0 },
      { category: '3-5', count: 0 },
      { category: '6-10', count: 6 },
      { category: '11-14', count: 0 },
      { category: '15-17', count: 0 },
      { category: '18-25', count: 0 },
      { category: '26-64', count: 0 },
      { category: '65+', count: 5 },
      { category: 'unknown', count: 40 },
    ]);
    // No density grid nor priority areas imported in tests: every person is "unknown".
    expect(result.publics.areas).toContainEqual({ category: 'unknown', count: 51 });
    expect(result.publics.priorityAreas).toContainEqual({ category: 'unknown', count: 51 });
    expect(result.referenceData).toEqual({ densityImported: false, priorityImported: false });
    // One pupil with access needs: a count under 5.
    expect(result.publics.withAccessNeeds).toBe(SMALL_COUNT);
    expect(result.communes).toMatchObject({ reached: 2, priority: null, rural: null });
    expect(result.communes.list.map((c) => [c.code, c.name, c.sessions])).toEqual([
      ['58086', 'Cosne-Cours-sur-Loire', 3],
      ['94081', 'Vitry-sur-Seine', 1],
    ]);
    expect(result.continuation).toMatchObject({ available: false, rate: null, known: 0 });
    expectNoSmallPeopleFigure(result);
  });

  it('computes the footprint in the background, then gives it per beneficiary', async () => {
    // The dashboard never waits for the footprint: asked again, it is there.
    const result = await settled(period);
    expect(result.carbon).toMatchObject({ available: true, state: 'current' });
    expect(result.carbon.perBeneficiaryKg).toBeCloseTo(result.carbon.totalCo2eKg! / 51, 2);
  });

  it('lets no total minus the shown cells reveal a small one, in any filter', async () => {
    const queries = [period, 'from=2026-01-17&to=2026-01-17', `${period}&department=94`];
    for (const [, project] of scene.projects.entries())
      queries.push(`${period}&projects=${project.id}`);
    for (const query of queries) {
      const result = await indicators(query);
      const { total } = result.beneficiaries;
      expectTotalRevealsNothing(total, result.publics.ageBands, `${query} ages`);
      expectTotalRevealsNothing(total, result.publics.areas, `${query} areas`);
      expectTotalRevealsNothing(total, result.publics.priorityAreas, `${query} priority`);
      expectTotalRevealsNothing(
        total,
        [
          { category: 'listed', count: result.beneficiaries.listed },
          { category: 'counted', count: result.beneficiaries.counted },
        ],
        `${query} listed and counted`,
      );
      expectNoSmallPeopleFigure(result);
    }
  });

  it('filters by project and by department', async () => {
    const vitry = scene.projects[1]!;
    const byProject = await indicators(`${period}&projects=${vitry.id}`);
    expect(byProject.sessions).toMatchObject({ held: 1, planned: 1, cancelled: 1 });
    expect(byProject.beneficiaries).toEqual({ total: 5, listed: 5, counted: 0 });
    const byDepartment = await indicators(`${period}&department=58`);
    expect(byDepartment.sessions.held).toBe(3);
    expect(byDepartment.beneficiaries).toEqual({ total: 46, listed: 6, counted: 40 });
    const byCommune = await indicators(`${period}&communes=94081`);
    expect(byCommune.communes.reached).toBe(1);
  });

  it('hides every figure about fewer than 5 people, and what a total would give away', async () => {
    // Only the second workshop: 4 pupils present.
    const day = await settled('from=2026-01-17&to=2026-01-17');
    // Nobody was counted by head that day: a zero reveals nobody and is shown.
    expect(day.beneficiaries).toEqual({ total: SMALL_COUNT, listed: SMALL_COUNT, counted: 0 });
    expect(day.practiceHours).toEqual({ total: MASKED, listed: MASKED });
    // Six pupils were marked (4 present): the rate stands on 5 people or more.
    expect(day.attendance).toEqual({ rate: Math.round((4 / 6) * 10_000) / 10_000 });
    expect(day.carbon.perBeneficiaryKg).toBe(MASKED);
    expectNoSmallPeopleFigure(day);
  });

  it('gives viewers the same aggregates, without participant ids or names anywhere', async () => {
    const asViewer = await indicators(period, 'viewer');
    const text = JSON.stringify(asViewer);
    for (const p of [...scene.pupils, ...scene.elders]) {
      expect(text).not.toContain(p.id);
      expect(text).not.toContain(p.firstName);
    }
  });

  it('traces each figure to its rows for coordinators, and refuses viewers', async () => {
    const base = `/api/orgs/${org.id}/impact/trace?${period}`;
    const beneficiaries = (await org.members.coordinator.get(`${base}&indicator=beneficiaries`))
      .body as Trace;
    expect(beneficiaries.total).toBe(11);
    expect(beneficiaries.columns).toContain('participantId');
    const sessions = (await org.members.coordinator.get(`${base}&indicator=sessions`))
      .body as Trace;
    expect(sessions.total).toBe(4);
    const marks = (await org.members.coordinator.get(`${base}&indicator=marks&limit=5`))
      .body as Trace;
    expect([marks.total, marks.rows.length]).toEqual([23, 5]);
    const headcounts = (await org.members.coordinator.get(`${base}&indicator=headcounts`))
      .body as Trace;
    expect(headcounts.rows.map((row) => row.at(-2))).toEqual([40]);
    expect((await org.members.viewer.get(`${base}&indicator=beneficiaries`)).status).toBe(403);
    expect((await org.members.relay.get(`/api/orgs/${org.id}/impact/indicators`)).status).toBe(403);
  });

  it('names the field of a bad filter in a 400 or 404', async () => {
    const bad = await org.members.coordinator.get(
      `/api/orgs/${org.id}/impact/indicators?from=2026-05-01&to=2026-01-01`,
    );
    expect(bad.status).toBe(400);
    const unknown = await org.members.coordinator.get(
      `/api/orgs/${org.id}/impact/indicators?projects=00000000-0000-4000-8000-000000000009`,
    );
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: { code: 'IMPACT.PROJECT_NOT_FOUND' } });
  });

  it('counts the attendances of online sessions: marks present plus people counted by head', async () => {
    const db = t.database.db;
    const [online] = await db
      .insert(schema.sessions)
      .values({
        orgId: org.id,
        projectId: scene.projects[0]!.id,
        venueId: null,
        kind: 'online',
        onlineUrl: 'https://meet.jit.si/tutti-impact',
        startsAt: new Date('2026-02-12T17:30:00Z'),
        endsAt: new Date('2026-02-12T18:30:00Z'),
        timeZone: 'Europe/Paris',
        status: 'done',
      })
      .returning();
    await db.insert(schema.attendanceMarks).values(
      scene.elders.map((elder, i) => ({
        orgId: org.id,
        sessionId: online!.id,
        participantId: elder.id,
        status: i < 4 ? ('present' as const) : ('absent' as const),
        recordedAt: new Date('2026-02-12T19:00:00Z'),
        deviceId: 'test',
        opId: randomUUID(),
      })),
    );
    await db.insert(schema.sessionHeadcounts).values({
      orgId: org.id,
      sessionId: online!.id,
      groupId: null,
      count: 3,
      recordedAt: new Date('2026-02-12T19:00:00Z'),
      deviceId: 'test',
      opId: randomUUID(),
    });
    const result = await indicators(period);
    // 4 elders marked present and 3 people counted at the screen: 7 attendances.
    expect(result.online).toEqual({ count: 1, attendances: 7 });
    expect(result.sessions.byMonth.find((m) => m.month === '2026-02')).toEqual({
      month: '2026-02',
      workshops: 1,
      concerts: 0,
      online: 1,
    });
  });
});
