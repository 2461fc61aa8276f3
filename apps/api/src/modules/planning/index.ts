// What the app (routes, jobs) and other modules may use from tour planning: the job name (to watch
// runs) and nothing else yet.
export { PLANNING_RUN_JOB, registerPlanningJobs } from './planning.jobs';
export { registerPlanningRoutes } from './planning.routes';
