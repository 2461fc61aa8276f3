// Public API of @tutti/planner.
export type {
  BreakRule,
  Job,
  Objective,
  PlannedRoute,
  PlannedStop,
  PlanningProblem,
  PlanResult,
  PlanSummary,
  PreviousAssignment,
  SolveOptions,
  TimeWindow,
  TravelCallback,
  TravelMatrix,
  UnassignedJob,
  UnassignedReason,
  Vehicle,
} from './model';
export { parseSolomon, type SolomonInstance, solomonProblem } from './solomon';
export { solve } from './solve';
export type { Tuning } from './tuning';
export {
  parseVrplib,
  parseVrplibSolution,
  type VrplibInstance,
  type VrplibNode,
  type VrplibRounding,
  vrplibDistance,
  vrplibProblem,
} from './vrplib';
