// A run is a durable job: progress is written while the worker thread searches, the server keeps
// answering meanwhile, and a run left half-done by a crash is finished by the next attempt.
import type { PlanningRun } from '@tutti/contracts';
import { schema } from '@tutti/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildSeason,
  buildSmallTour,
  smallTourRequest,
  waitForRun,
} from '../../testing/planning-factory';
import { buildOrganisation, type Client, startTestApp, type TestApp } from '../../testing/test-app';
import { PLANNING_RUN_JOB } from './index';

let t: TestApp;
let org: Awaited<ReturnType<typeof buildOrganisation>>;
let coordinator: Client;

beforeAll(async () => {
  t = await startTestApp();
  org = await buildOrganisation(t, ['admin', 'coordinator']);
  coordinator = org.members.coordinator!;
});
afterAll(() => t.close());

const runs = () => `/api/orgs/${org.id}/planning/runs`;

describe('planning runs as jobs', () => {
  it('records progress while a run of 300 sessions searches, and the server answers meanwhile', async () => {
    const { project } = await buildSeason(t, org, 300);
    const started = await coordinator.post(runs(), {
      projectId: project.id,
      timeLimitSec: 8,
      windowDays: 3,
    });
    expect(started.status, JSON.stringify(started.body)).toBe(202);
    const runId = (started.body as PlanningRun).id;
    let seen: PlanningRun | null = null;
    for (let i = 0; i < 600 && !seen; i++) {
      const run = (await coordinator.get(`${runs()}/${runId}`)).body as PlanningRun;
      if (run.status === 'running' && run.progress && run.progress.distanceKm > 0) seen = run;
      else if (run.status !== 'queued' && run.status !== 'running') break;
      else await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(seen?.progress).toMatchObject({
      placed: expect.any(Number),
      iterations: expect.any(Number),
    });
    const health = await t.app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(200);
    const during = (await coordinator.get(`${runs()}/${runId}`)).body as PlanningRun;
    expect(during.status).toBe('running');

    const done = (await waitForRun(coordinator, org.id, runId)) as PlanningRun;
    expect(done.status).toBe('done');
    expect(done.result!.plan.placed + done.result!.plan.unplaced).toBe(300);
    expect(done.result!.plan.distanceKm).toBeLessThanOrEqual(done.result!.baseline.distanceKm);
    const [row] = await t.database.db
      .select()
      .from(schema.planningRuns)
      .where(eq(schema.planningRuns.id, runId));
    const job = await t.jobs.getJob<{ runId: string }>(PLANNING_RUN_JOB, row!.jobId!);
    expect(job).toMatchObject({ state: 'completed', output: { runId } });
    const list = (await coordinator.get(`${runs()}?projectId=${project.id}`)).body as {
      items: { id: string }[];
    };
    expect(list.items.map((r) => r.id)).toContain(runId);
  }, 120_000);

  it('finishes a run a crashed server left running when its job comes back', async () => {
    const tour = await buildSmallTour(t, org);
    const started = await coordinator.post(runs(), {
      ...smallTourRequest(tour.project.id),
      artistIds: [tour.anne.id, tour.bruno.id],
    });
    const first = (await waitForRun(
      coordinator,
      org.id,
      (started.body as PlanningRun).id,
    )) as PlanningRun;
    // As if the server had stopped in the middle: running, no result, the job to be retried.
    await t.database.db
      .update(schema.planningRuns)
      .set({ status: 'running', result: null, finishedAt: null })
      .where(eq(schema.planningRuns.id, first.id));
    await t.jobs.send(PLANNING_RUN_JOB, { orgId: org.id, runId: first.id });
    const again = (await waitForRun(coordinator, org.id, first.id)) as PlanningRun;
    expect(again.status).toBe('done');
    expect(again.result!.plan.distanceKm).toBe(first.result!.plan.distanceKm);
  }, 60_000);
});
