// Planning use cases: what can be planned, start a run (a durable job), follow it, list, cancel.
import type {
  PlanningCandidates,
  PlanningRun,
  PlanningRunRequest,
  PlanningRunSummary,
  PlanningScopeQuery,
} from '@tutti/contracts';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs/queue';
import { organisationTimeZone } from '../organisations';
import { PLANNING_RUN_JOB, type PlanningJob } from './planning.jobs';
import { presentCandidates, presentRun, presentRunSummary } from './planning.presenter';
import * as repository from './planning.repository';
import * as facts from './planning-facts.repository';
import { resolveRequest } from './planning-request';
import { earliestDateFor, scopeDates, scopeSessions, suggestedArtist } from './planning-scope';

const runNotFound = () => new AppError('PLANNING.NOT_FOUND', 'Planning run not found');

export async function listCandidates({
  actor,
  scope,
  now = new Date(),
}: {
  actor: OrgActor;
  scope: PlanningScopeQuery;
  now?: Date;
}): Promise<PlanningCandidates> {
  requirePermission(actor, 'planning.plan');
  return actor.inTenant(async (tx) => {
    if (scope.projectId && !(await facts.projectName(tx, scope.projectId))) {
      throw new AppError('PLANNING.REFERENCE_NOT_FOUND', 'No such project', {
        fields: [{ path: 'querystring.projectId', message: 'No such project' }],
      });
    }
    const timeZone = await organisationTimeZone(tx, actor.orgId);
    const sessions = await scopeSessions(tx, { scope, timeZone, now });
    const plannable = sessions.filter((s) => s.notPlannable === null).map((s) => s.row);
    const kinds = new Set(plannable.map((s) => s.kind));
    const artists = (await facts.artistFacts(tx)).map((artist) => ({
      ...artist,
      suggested: suggestedArtist(artist, kinds),
    }));
    const dates = scopeDates({
      scope,
      sessions: plannable,
      windowDays: 7,
      earliestDate: earliestDateFor(now, timeZone),
    });
    return presentCandidates({ ...dates, sessions, artists });
  });
}

export async function createRun({
  actor,
  jobs,
  input,
  now = new Date(),
}: {
  actor: OrgActor;
  jobs: JobQueue;
  input: PlanningRunRequest;
  now?: Date;
}): Promise<PlanningRun> {
  requirePermission(actor, 'planning.plan');
  const created = await actor.inTenant(async (tx) => {
    const request = await resolveRequest(tx, { orgId: actor.orgId, input, now });
    return repository.insertRun(tx, {
      orgId: actor.orgId,
      projectId: request.projectId,
      fromDate: request.from,
      toDate: request.to,
      request,
      replanOf: request.replanOf,
      createdBy: actor.userId,
    });
  });
  const job: PlanningJob = { orgId: actor.orgId, runId: created.id };
  const jobId = await jobs.send(PLANNING_RUN_JOB, job, { singletonKey: created.id, retryLimit: 1 });
  return actor.inTenant(async (tx) => {
    await repository.updateRun(tx, created.id, { jobId });
    return presentRun((await repository.findRun(tx, created.id))!);
  });
}

export async function getRun({ actor, runId }: { actor: OrgActor; runId: string }) {
  requirePermission(actor, 'planning.plan');
  return actor.inTenant(async (tx) => {
    const row = await repository.findRun(tx, runId);
    if (!row) throw runNotFound();
    return presentRun(row);
  });
}

export async function listRuns({
  actor,
  query,
}: {
  actor: OrgActor;
  query: { projectId?: string | undefined; limit: number };
}): Promise<{ items: PlanningRunSummary[] }> {
  requirePermission(actor, 'planning.plan');
  return actor.inTenant(async (tx) => ({
    items: (await repository.listRuns(tx, query)).map(presentRunSummary),
  }));
}

/** Stops a run that has not finished; the job notices at its next progress and drops its work. */
export async function cancelRun({ actor, runId }: { actor: OrgActor; runId: string }) {
  requirePermission(actor, 'planning.plan');
  return actor.inTenant(async (tx) => {
    const row = await repository.findRun(tx, runId);
    if (!row) throw runNotFound();
    if (row.run.status !== 'queued' && row.run.status !== 'running') {
      throw new AppError('PLANNING.NOT_CANCELLABLE', `The run is already ${row.run.status}`);
    }
    await repository.updateRun(tx, runId, { status: 'cancelled', finishedAt: new Date() });
    return presentRun((await repository.findRun(tx, runId))!);
  });
}
