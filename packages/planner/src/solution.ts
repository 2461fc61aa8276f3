// Mutable routes with cached schedules (earliest departures, latest starts) and an undo journal.
import { updateBreakSchedules } from './breaks';
import type { Instance } from './instance';
import { earliestStart, latestStart } from './windows';

/** Non-empty routes as [vehicle index, job indices in visiting order]. */
export type Snapshot = [number, number[]][];

/**
 * One route per vehicle. Positions 0 and n+1 are the start and end depots; `departure[p]` is the
 * earliest time the vehicle can leave position p (for n+1: the earliest arrival), `latest[p]` the
 * latest service start at p that keeps the rest of the route feasible (for n+1: latest arrival,
 * for 0: latest departure). Arriving at p no later than `latest[p]` is therefore feasible, which
 * makes every insertion test O(1).
 */
export class Solution {
  readonly jobs: number[][];
  readonly locs: number[][];
  readonly departure: number[][];
  readonly latest: number[][];
  /** Break routes only (breaks.ts): departures with the break behind, latest starts with it ahead. */
  readonly departureAfterBreak: number[][];
  readonly latestBeforeBreak: number[][];
  readonly routeKm: Float64Array;
  readonly routeLoad: Float64Array;
  readonly routeCost: Float64Array;
  /**
   * False when a route breaks a limit. Insertions are checked exactly, but a removal can break a
   * route when travel times violate the triangle inequality, or lengthen a duration-limited day
   * (waiting moves from the first stop to a later one): such moves are rejected.
   */
  readonly routeFeasible: Uint8Array;
  readonly routeOf: Int32Array;
  readonly posOf: Int32Array;
  readonly unassigned: number[] = [];
  private readonly unassignedAt: Int32Array;
  cost = 0;
  /** Sum of the penalties of unassigned jobs (part of cost). */
  penalty = 0;
  usedRoutes = 0;
  maxRoutes: number;
  /** Granular insertion: each job's nearest jobs, of which the first `insertionNearCount` count (null: every route). */
  insertionNear: Int32Array[] | null = null;
  insertionNearCount = 0;
  private readonly saved: (number[] | null)[];
  private touched: number[] = [];
  private savedUnassigned: number[] = [];
  private savedCost = 0;
  private savedPenalty = 0;

  constructor(
    readonly inst: Instance,
    readonly candidates: Int32Array[],
    maxRoutes: number,
  ) {
    const v = inst.vehicleCount;
    this.maxRoutes = maxRoutes;
    this.jobs = Array.from({ length: v }, () => []);
    this.locs = Array.from({ length: v }, () => []);
    this.departure = Array.from({ length: v }, () => []);
    this.latest = Array.from({ length: v }, () => []);
    this.departureAfterBreak = Array.from({ length: v }, () => []);
    this.latestBeforeBreak = Array.from({ length: v }, () => []);
    this.routeKm = new Float64Array(v);
    this.routeLoad = new Float64Array(v);
    this.routeCost = new Float64Array(v);
    this.routeFeasible = new Uint8Array(v).fill(1);
    this.saved = new Array(v).fill(null);
    this.routeOf = new Int32Array(inst.jobCount).fill(-1);
    this.posOf = new Int32Array(inst.jobCount).fill(-1);
    this.unassignedAt = new Int32Array(inst.jobCount).fill(-1);
    for (let r = 0; r < v; r++) this.updateRoute(r);
    for (let j = 0; j < inst.jobCount; j++) this.markUnassigned(j);
  }

  /** Recomputes the caches of route r after its job list changed; keeps totals in step. */
  updateRoute(r: number): void {
    const inst = this.inst;
    const n = inst.locationCount;
    const jobs = this.jobs[r]!;
    const count = jobs.length;
    const locs = this.locs[r]!;
    const dep = this.departure[r]!;
    const lat = this.latest[r]!;
    // Grow by push and shrink by length so that the arrays stay packed (faster element access).
    while (locs.length < count + 2) {
      locs.push(0);
      dep.push(0);
      lat.push(0);
    }
    if (locs.length > count + 2) {
      locs.length = count + 2;
      dep.length = count + 2;
      lat.length = count + 2;
    }
    locs[0] = inst.vehicleStart[r]!;
    locs[count + 1] = inst.vehicleEnd[r]!;
    dep[0] = inst.shiftStartMin[r]!;
    let km = 0;
    let load = 0;
    let cost = 0;
    const previous = inst.jobPreviousVehicle;
    for (let p = 1; p <= count; p++) {
      const j = jobs[p - 1]!;
      const loc = inst.jobLocation[j]!;
      locs[p] = loc;
      this.routeOf[j] = r;
      this.posOf[j] = p - 1;
      const prevLoc = locs[p - 1]!;
      km += inst.distanceKm[prevLoc * n + loc]!;
      dep[p] =
        earliestStart(inst, j, dep[p - 1]! + inst.durationMin[prevLoc * n + loc]!) +
        inst.jobServiceMin[j]!;
      load += inst.jobDemand[j]!;
      if (previous[j]! >= 0 && previous[j] !== r) cost += inst.changePenalty;
    }
    const lastLoc = locs[count]!;
    const endLoc = locs[count + 1]!;
    if (count > 0) km += inst.distanceKm[lastLoc * n + endLoc]!;
    dep[count + 1] = dep[count]! + (count > 0 ? inst.durationMin[lastLoc * n + endLoc]! : 0);
    lat[count + 1] = inst.shiftEndMin[r]!;
    for (let p = count; p >= 1; p--) {
      const j = jobs[p - 1]!;
      const bound =
        lat[p + 1]! - inst.durationMin[locs[p]! * n + locs[p + 1]!]! - inst.jobServiceMin[j]!;
      lat[p] = latestStart(inst, j, bound);
    }
    lat[0] =
      count > 0 ? lat[1]! - inst.durationMin[locs[0]! * n + locs[1]!]! : inst.shiftEndMin[r]!;
    const timely = inst.hasBreak[r] === 0 || updateBreakSchedules(inst, r, this);
    this.routeFeasible[r] = count === 0 || (timely && this.withinLimits(r, km)) ? 1 : 0;
    cost += km;
    this.cost += cost - this.routeCost[r]!;
    this.routeCost[r] = cost;
    this.routeKm[r] = km;
    this.routeLoad[r] = load;
  }

  private withinLimits(r: number, km: number): boolean {
    const inst = this.inst;
    const dep = this.departure[r]!;
    const count = this.jobs[r]!.length;
    if (!(dep[count + 1]! <= inst.shiftEndMin[r]! + 1e-9)) return false;
    if (km > inst.maxDistanceKm[r]! + 1e-9) return false;
    if (inst.maxDurationMin[r]! === Number.POSITIVE_INFINITY) return true;
    // Same definition as durationFits: leave home as late as the first start allows.
    const first = this.jobs[r]![0]!;
    const n = inst.locationCount;
    const legMin = inst.durationMin[this.locs[r]![0]! * n + this.locs[r]![1]!]!;
    const departure = dep[1]! - inst.jobServiceMin[first]! - legMin;
    return dep[count + 1]! - departure <= inst.maxDurationMin[r]! + 1e-9;
  }

  /** True when every route changed since begin() is within its limits. */
  touchedFeasible(): boolean {
    for (const r of this.touched) if (this.routeFeasible[r] === 0) return false;
    return true;
  }

  /** Starts a move: routes touched from now on can be restored by rollback(). */
  begin(): void {
    this.touched.length = 0;
    this.savedUnassigned = this.unassigned.slice();
    this.savedCost = this.cost;
    this.savedPenalty = this.penalty;
  }

  private touch(r: number): void {
    if (this.saved[r] === null) {
      this.saved[r] = this.jobs[r]!.slice();
      this.touched.push(r);
    }
  }

  /** Keeps the move. */
  commit(): void {
    for (const r of this.touched) this.saved[r] = null;
    this.touched.length = 0;
  }

  /** Undoes every change since begin(). */
  rollback(): void {
    for (const r of this.touched) {
      for (const j of this.jobs[r]!) this.routeOf[j] = -1;
    }
    for (const r of this.touched) {
      const before = this.saved[r]!;
      this.setRouteJobs(r, before);
      this.saved[r] = null;
    }
    this.touched.length = 0;
    for (const j of this.unassigned) this.unassignedAt[j] = -1;
    this.unassigned.length = 0;
    for (const j of this.savedUnassigned) this.markUnassigned(j);
    this.cost = this.savedCost;
    this.penalty = this.savedPenalty;
  }

  private setRouteJobs(r: number, jobs: number[]): void {
    const wasEmpty = this.jobs[r]!.length === 0;
    this.jobs[r] = jobs;
    if (wasEmpty && jobs.length > 0) this.usedRoutes++;
    else if (!wasEmpty && jobs.length === 0) this.usedRoutes--;
    this.updateRoute(r);
  }

  /** Inserts job j into route r before the job now at index `index` (0..length). */
  insert(j: number, r: number, index: number): void {
    this.touch(r);
    const jobs = this.jobs[r]!;
    if (jobs.length === 0) this.usedRoutes++;
    jobs.splice(index, 0, j);
    this.unmarkUnassigned(j);
    this.updateRoute(r);
  }

  /** Removes the listed jobs (all on route r) and marks them unassigned. */
  removeJobs(r: number, removed: number[]): void {
    if (removed.length === 0) return;
    this.touch(r);
    const jobs = this.jobs[r]!;
    for (const j of removed) {
      this.routeOf[j] = -1;
      this.posOf[j] = -1;
      this.markUnassigned(j);
    }
    let kept = 0;
    for (let i = 0; i < jobs.length; i++) {
      const j = jobs[i]!;
      if (this.routeOf[j] !== -1) jobs[kept++] = j;
    }
    jobs.length = kept;
    if (kept === 0) this.usedRoutes--;
    this.updateRoute(r);
  }

  private markUnassigned(j: number): void {
    if (this.unassignedAt[j] !== -1) return;
    this.unassignedAt[j] = this.unassigned.length;
    this.unassigned.push(j);
    this.cost += this.inst.jobPenalty[j]!;
    this.penalty += this.inst.jobPenalty[j]!;
  }

  private unmarkUnassigned(j: number): void {
    const at = this.unassignedAt[j]!;
    if (at === -1) return;
    const last = this.unassigned.pop()!;
    if (last !== j) {
      this.unassigned[at] = last;
      this.unassignedAt[last] = at;
    }
    this.unassignedAt[j] = -1;
    this.cost -= this.inst.jobPenalty[j]!;
    this.penalty -= this.inst.jobPenalty[j]!;
  }

  /** Current non-empty routes. */
  snapshot(): Snapshot {
    const out: Snapshot = [];
    for (let r = 0; r < this.jobs.length; r++) {
      if (this.jobs[r]!.length > 0) out.push([r, this.jobs[r]!.slice()]);
    }
    return out;
  }

  /** The routes as they were at begin(), while a move is in progress. */
  snapshotBeforeMove(): Snapshot {
    const out: Snapshot = [];
    for (let r = 0; r < this.jobs.length; r++) {
      const jobs = this.saved[r] ?? this.jobs[r]!;
      if (jobs.length > 0) out.push([r, jobs.slice()]);
    }
    return out;
  }

  /** Replaces every route by the snapshot's (no journal: call outside a move). */
  restore(snapshot: Snapshot): void {
    for (let r = 0; r < this.jobs.length; r++) {
      if (this.jobs[r]!.length > 0) this.removeJobs(r, this.jobs[r]!.slice());
    }
    for (const [r, jobs] of snapshot) {
      for (const j of jobs) this.unmarkUnassigned(j);
      this.setRouteJobs(r, jobs.slice());
    }
    this.commit();
  }

  /** Recomputes the total cost from scratch to wash out floating-point drift. */
  resyncCost(): void {
    let cost = 0;
    let penalty = 0;
    for (let r = 0; r < this.jobs.length; r++) cost += this.routeCost[r]!;
    for (const j of this.unassigned) penalty += this.inst.jobPenalty[j]!;
    this.penalty = penalty;
    this.cost = cost + penalty;
  }

  /** Total kilometres of the current routes. */
  distanceKm(): number {
    let km = 0;
    for (let r = 0; r < this.jobs.length; r++) km += this.routeKm[r]!;
    return km;
  }
}
