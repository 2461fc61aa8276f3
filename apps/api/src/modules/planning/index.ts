// What other modules may use from tour planning: the job name (to watch runs) and nothing else yet.
export { PLANNING_RUN_JOB } from './planning.jobs';
