// The demo's village tour can be planned: by default its three dates agreed with partners stay, few
// assignments change, and the plan is accepted without conflict; a fresh plan then places every
// workshop with no more kilometres than the baseline.

import type { PlanningCandidates, PlanningRun } from '@tutti/contracts';
import { DEMO_PASSWORD, DEMO_TOUR_PROJECT } from '@tutti/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitForRun } from '../../testing/planning-factory';
import { type Client, signIn, startTestApp, type TestApp } from '../../testing/test-app';

let t: TestApp;
let coordinator: Client;
let orgId: string;

beforeAll(async () => {
  t = await startTestApp({}, { demo: true });
  coordinator = await signIn(t.app, 'coordinator@demo.test', DEMO_PASSWORD);
  const me = await coordinator.get('/api/me');
  orgId = (me.body as { memberships: { orgId: string }[] }).memberships[0]!.orgId;
});
afterAll(() => t.close());

describe("the demo's village tour", () => {
  it('keeps its agreed dates, is accepted, then planned afresh with no more km than the baseline', async () => {
    const projects = await coordinator.get(`/api/orgs/${orgId}/projects?q=%C3%A9criture`);
    const project = (projects.body as { items: { id: string; name: string }[] }).items[0]!;
    expect(project.name).toBe(DEMO_TOUR_PROJECT);
    const candidates = await coordinator.get(
      `/api/orgs/${orgId}/planning/candidates?projectId=${project.id}`,
    );
    const sessions = (candidates.body as PlanningCandidates).sessions;
    expect(sessions.length).toBeGreaterThanOrEqual(14);
    expect(sessions.every((s) => s.notPlannable === null)).toBe(true);
    const agreed = sessions.filter((s) => s.agreedWith).map((s) => s.id);
    expect(agreed).toHaveLength(3);
    expect(sessions.filter((s) => s.agreedWith?.partnerName)).toHaveLength(3);

    const plan = async (body: Record<string, unknown>) => {
      const started = await coordinator.post(`/api/orgs/${orgId}/planning/runs`, {
        projectId: project.id,
        timeLimitSec: 5,
        ...body,
      });
      expect(started.status, JSON.stringify(started.body)).toBe(202);
      return (await waitForRun(
        coordinator,
        orgId,
        (started.body as PlanningRun).id,
      )) as PlanningRun;
    };
    const kept = await plan({});
    expect(kept.keepCurrentAssignments).toBe(true);
    expect(kept.agreedSessionIds.sort()).toEqual(agreed.sort());
    expect(kept.result!.changes.filter((c) => agreed.includes(c.sessionId))).toEqual([]);
    expect(kept.result!.unplaced).toEqual([]);
    expect(kept.result!.likeForLike).toMatchObject({ sessions: 9, onlyInPlan: 7 });
    expect(kept.result!.warnings).toEqual([]);
    const accepted = await coordinator.post(
      `/api/orgs/${orgId}/planning/runs/${kept.id}/accept`,
      {},
    );
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect((accepted.body as { applied: number }).applied).toBe(kept.result!.changes.length);

    const run = await plan({ keepCurrentAssignments: false });
    const result = run.result!;
    expect(result.changes.filter((c) => agreed.includes(c.sessionId))).toEqual([]);
    const k = kept.result!;
    console.info(
      `demo tour: current ${k.current.distanceKm} km (${k.current.placed} placed); kept plan ${k.plan.distanceKm} km (${k.plan.placed} placed, ${k.changes.length} changes; on the same ${k.likeForLike!.sessions} sessions ${k.likeForLike!.plan.distanceKm} km against ${k.likeForLike!.current.distanceKm}); once accepted, a fresh plan ${result.plan.distanceKm} km against baseline ${result.baseline.distanceKm} km`,
    );
    expect(result.unplaced).toEqual([]);
    expect(result.plan.placed).toBe(sessions.length);
    expect(result.plan.distanceKm).toBeLessThanOrEqual(result.baseline.distanceKm);
    expect(result.savedVsBaselinePercent).not.toBeNull();
    expect(result.warnings).toEqual([]);
  }, 180_000);
});
