// Entry point of the engine: builds the instance, constructs a plan, then improves it within the budget.
import { anneal, type Budget, type SearchContext } from './anneal';
import { buildCandidates } from './compat';
import { diagnoseUnassigned } from './diagnose';
import { minimiseFleet, repairUnassigned } from './fleet';
import { findBestInsertion } from './insertion';
import { buildInstance } from './instance';
import type { PlanningProblem, PlanResult, SolveOptions } from './model';
import { buildJobKeys, buildNeighbours } from './neighbours';
import { Rng } from './random';
import { recreate } from './recreate';
import { presentRoutes } from './result';
import { defaultRuinParams } from './ruin';
import { Solution } from './solution';
import { BestTracker, summarise } from './tracker';
import { defaultTuning, type Tuning } from './tuning';
import { windowSpan } from './windows';

/**
 * Plans the jobs on the vehicles. Deterministic for a seed and an iteration limit; with only a
 * time limit (default 10 s) the result also depends on machine speed.
 * @example
 * const plan = solve(problem, { seed: 1, timeLimitMs: 5000, objective: 'distance' });
 * for (const { jobId, reason } of plan.unassigned) console.log(jobId, reason);
 */
export function solve(problem: PlanningProblem, options: SolveOptions = {}): PlanResult {
  const startMs = performance.now();
  const tuning: Tuning = { ...defaultTuning, ...options.tuning };
  const iterationLimit = options.iterationLimit ?? Number.POSITIVE_INFINITY;
  const timeLimitMs =
    options.timeLimitMs ?? (Number.isFinite(iterationLimit) ? Number.POSITIVE_INFINITY : 10_000);
  if (
    Number.isNaN(timeLimitMs) ||
    Number.isNaN(iterationLimit) ||
    timeLimitMs < 0 ||
    iterationLimit < 0
  ) {
    throw new Error('timeLimitMs and iterationLimit must be non-negative numbers');
  }
  if (!Number.isFinite(timeLimitMs) && !Number.isFinite(iterationLimit)) {
    throw new Error('give a finite timeLimitMs or iterationLimit');
  }
  const hierarchical = options.objective === 'hierarchical';
  const inst = buildInstance(problem, options);
  const candidates = buildCandidates(inst);
  const sol = new Solution(inst, candidates, options.maxVehicles ?? inst.vehicleCount);
  const tracker = new BestTracker(hierarchical, startMs, options.onProgress);
  const ctx: SearchContext = {
    sol,
    neighbours: buildNeighbours(inst, tuning.neighbourCount),
    keys: buildJobKeys(inst, candidates),
    rng: new Rng(options.seed ?? 1),
    tracker,
    ruin: { ...defaultRuinParams, ...tuning.ruin },
    blinkRate: tuning.blinkRate,
    softPenalty: Number.POSITIVE_INFINITY,
  };
  if (tuning.insertionNeighbours > 0 && inst.jobCount >= tuning.granularFromJobs) {
    sol.insertionNear = ctx.neighbours;
    sol.insertionNearCount = tuning.insertionNeighbours;
  }
  placePrevious(sol, ctx);
  recreate(sol, ctx.keys, ctx.rng, 0);
  sol.commit();
  tracker.consider(sol);

  const servable = candidates.filter((list) => list.length > 0).length;
  const allServed = (): boolean => sol.unassigned.every((j) => candidates[j]!.length === 0);
  const endMs = servable === 0 ? startMs : startMs + timeLimitMs;
  // A phase's share of the budget (of the time left, or of the iterations) ends it only once it
  // stops making progress, counted in iterations: a busy machine slows a repair, never cuts it.
  const left = (): Budget => ({ endMs, iterations: iterationLimit - tracker.iterations });
  const phaseEnd = (share: number): Budget => ({
    endMs: performance.now() + share * Math.max(0, endMs - performance.now()),
    iterations: share * iterationLimit,
  });
  const stall = tuning.repairStallPerJob * inst.jobCount;
  if (!allServed()) {
    const share = phaseEnd(tuning.repairShare);
    repairUnassigned(ctx, new Int32Array(inst.jobCount), left(), share, stall);
    tracker.consider(sol);
  }
  if (hierarchical && allServed()) {
    minimiseFleet(ctx, phaseEnd(tuning.fleetShare), left(), 1, stall);
    tracker.consider(sol);
    sol.maxRoutes = Math.min(sol.maxRoutes, tracker.bestVehicles);
  }
  const assigned = inst.jobCount - sol.unassigned.length;
  const edgeKm = sol.distanceKm() / Math.max(1, assigned + sol.usedRoutes);
  const remaining = { endMs, iterations: Math.max(0, iterationLimit - tracker.iterations) };
  ctx.softPenalty = tuning.softPenalty * edgeKm;
  anneal(ctx, remaining, tuning.startTemperature * edgeKm, tuning.endTemperature * edgeKm);

  const best = tracker.best(sol);
  tracker.leaving(sol);
  sol.restore(best);
  // Safety net: never return a route that breaks a limit (cannot happen with a metric matrix).
  for (let r = 0; r < inst.vehicleCount; r++) {
    if (sol.routeFeasible[r] === 0) sol.removeJobs(r, sol.jobs[r]!.slice());
  }
  sol.commit();
  sol.resyncCost();
  return {
    routes: presentRoutes(sol),
    unassigned: diagnoseUnassigned(sol),
    summary: summarise(sol, performance.now() - startMs, tracker.iterations),
  };
}

/** Re-planning: put each job back on its previous vehicle first, in window order, where it still fits. */
function placePrevious(sol: Solution, ctx: SearchContext): void {
  const inst = sol.inst;
  const order: number[] = [];
  for (let j = 0; j < inst.jobCount; j++) if (inst.jobPreviousVehicle[j]! >= 0) order.push(j);
  order.sort((a, b) => windowSpan(inst, a).openMin - windowSpan(inst, b).openMin);
  const choice = { route: -1, index: -1, delta: 0 };
  for (const j of order) {
    const previous = inst.jobPreviousVehicle[j]!;
    const all = sol.candidates[j]!;
    if (!all.includes(previous)) continue;
    sol.candidates[j] = Int32Array.of(previous);
    if (findBestInsertion(sol, j, 0, ctx.rng, choice)) sol.insert(j, choice.route, choice.index);
    sol.candidates[j] = all;
  }
}
