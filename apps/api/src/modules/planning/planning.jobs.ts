// The durable job of a planning run: facts read in the API process, the engine and the baseline in
// a worker thread (progress written about every half second), the result and assignments stored.
import type { TuttiDatabase, Tx } from '@tutti/db';
import type { PlanSummary } from '@tutti/planner';
import type { FastifyBaseLogger } from 'fastify';
import type { App, AppDeps } from '../../platform/app-types';
import type { Config } from '../../platform/config';
import type { JobQueue } from '../../platform/jobs/queue';
import { currentFactorSet } from '../carbon';
import { PlanningAborted, runPlannerThread } from './planner-thread';
import * as repository from './planning.repository';
import { loadTourFacts } from './planning-facts';
import type { StoredRequest } from './planning-request';
import { travelMatrix } from './tour-distances';
import { buildTourProblem, layoutLocations } from './tour-problem';
import { buildTourResult } from './tour-result';

export const PLANNING_RUN_JOB = 'planning.run';
export type PlanningJob = { orgId: string; runId: string };
const PROGRESS_EVERY_MS = 500;

type JobDeps = { database: TuttiDatabase; jobs: JobQueue; config: Config; log: FastifyBaseLogger };

/**
 * Runs one planning run; safe to run again (a retry after a crash starts the search over and
 * overwrites what a previous attempt wrote). A run cancelled meanwhile stops at the next progress.
 */
export async function executeRun(deps: JobDeps, job: PlanningJob, now = new Date()) {
  const inTenant = <T>(work: (tx: Tx) => Promise<T>) =>
    deps.database.withTenant({ orgId: job.orgId, userId: null }, work);
  const found = await inTenant((tx) => repository.findRun(tx, job.runId));
  if (!found || ['done', 'failed', 'cancelled'].includes(found.run.status)) {
    return { skipped: found?.run.status ?? 'deleted' };
  }
  const request = found.run.request as StoredRequest;
  const update = (values: Parameters<typeof repository.updateRun>[2]) =>
    inTenant((tx) => repository.updateRun(tx, job.runId, values));
  try {
    if (!(await inTenant((tx) => repository.startRun(tx, job.runId))))
      return { skipped: 'cancelled' };
    const facts = await inTenant((tx) => loadTourFacts(tx, { orgId: job.orgId, request, now }));
    const layout = layoutLocations(facts);
    const { matrix, model } = await travelMatrix(layout.points, deps.config.osrm);
    const tour = buildTourProblem(facts, layout, matrix);
    await update({ distanceModel: model });
    const sessionJobs = tour.jobs.filter((ref) => ref.kind === 'session').length;
    const controller = new AbortController();
    // The engine reports only when its best plan improves: the progress (and the check that the
    // run was not cancelled) is written on a clock instead, with the best plan seen so far.
    let best: PlanSummary | null = null;
    const startedMs = performance.now();
    const tick = () =>
      inTenant((tx) =>
        repository.recordProgress(tx, job.runId, {
          elapsedMs: Math.round(performance.now() - startedMs),
          iterations: best?.iterations ?? 0,
          distanceKm: Math.round((best?.distanceKm ?? 0) * 10) / 10,
          placed: best ? Math.max(0, sessionJobs - best.unassigned) : 0,
          unplaced: best
            ? facts.sessions.length - Math.max(0, sessionJobs - best.unassigned)
            : facts.sessions.length,
        }),
      )
        .then((running) => {
          if (!running) controller.abort();
        })
        .catch((error: unknown) => deps.log.warn({ err: error }, 'planning progress not written'));
    const clock = setInterval(() => void tick(), PROGRESS_EVERY_MS);
    let output: Awaited<ReturnType<typeof runPlannerThread>>;
    try {
      output = await runPlannerThread(
        {
          problem: tour.problem,
          vehicleArtist: tour.days.map((d) => d.artist),
          seed: request.seed,
          timeLimitMs: request.timeLimitSec * 1000,
          minimiseChangesFrom: tour.minimiseChangesFrom,
        },
        {
          signal: controller.signal,
          onProgress: (summary) => {
            best = summary;
          },
        },
      );
    } finally {
      clearInterval(clock);
    }
    const factors = await inTenant((tx) => currentFactorSet(tx, job.orgId));
    const { result, assignments } = buildTourResult({
      facts,
      tour,
      layout,
      output,
      factors: factors.set,
    });
    const stored = await inTenant(async (tx) => {
      const finished = await repository.finishRun(tx, job.runId, {
        status: 'done',
        result,
        progress: {
          elapsedMs: result.elapsedMs,
          iterations: result.iterations,
          distanceKm: result.plan.distanceKm,
          placed: result.plan.placed,
          unplaced: result.plan.unplaced,
        },
        finishedAt: new Date(),
      });
      if (finished) await repository.replaceAssignments(tx, job.orgId, job.runId, assignments);
      return finished;
    });
    return stored
      ? { runId: job.runId, distanceKm: result.plan.distanceKm }
      : { skipped: 'cancelled' };
  } catch (error) {
    if (error instanceof PlanningAborted) return { skipped: 'cancelled' };
    const message = error instanceof Error ? error.message : String(error);
    await inTenant((tx) =>
      repository.finishRun(tx, job.runId, {
        status: 'failed',
        error: message.slice(0, 500),
        finishedAt: new Date(),
      }),
    );
    throw error;
  }
}

export function registerPlanningJobs(app: App, deps: AppDeps) {
  app.addHook('onReady', async () => {
    await deps.jobs.work<PlanningJob>(PLANNING_RUN_JOB, async (data) => {
      const outcome = await executeRun({ ...deps, log: app.log }, data);
      app.log.info({ runId: data.runId, outcome }, 'planning run finished');
      return outcome;
    });
  });
}
