// What the app and the command line may use from retention: the routes, the daily job and the purge.
export { RETENTION_PURGE_JOB, registerRetentionJob } from './retention.jobs';
export { registerRetentionRoutes } from './retention.routes';
export { purgeExpiredRecords } from './retention.service';
