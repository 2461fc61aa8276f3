// What the app may use from backups: the routes and the daily job.
export { BACKUP_JOB, registerBackupJob } from './backups.jobs';
export { registerBackupRoutes } from './backups.routes';
export { runBackup } from './backups.service';
