// Backups of the whole instance (database and files), made by a daily job or on request.
import { z } from 'zod';

export const backupRunStates = ['running', 'succeeded', 'failed'] as const;
export type BackupRunState = (typeof backupRunStates)[number];

/** What started a backup: the daily schedule, or an admin's request from the web app. */
export const backupTriggers = ['schedule', 'request'] as const;
export type BackupTrigger = (typeof backupTriggers)[number];

export const BackupRunSchema = z.object({
  id: z.uuid(),
  trigger: z.enum(backupTriggers),
  state: z.enum(backupRunStates),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  /** The archive's file name in the backups folder; null until it is complete. */
  archiveName: z.string().nullable(),
  /** Whether the archive is still in the folder (older ones are removed, see `keep`). */
  archiveKept: z.boolean(),
  bytes: z.number().int().nonnegative().nullable(),
  tables: z.number().int().nonnegative().nullable(),
  rows: z.number().int().nonnegative().nullable(),
  files: z.number().int().nonnegative().nullable(),
  /** Why it failed, in the words of the failing step (never data). */
  error: z.string().nullable(),
});
export type BackupRun = z.infer<typeof BackupRunSchema>;

export const BackupOverviewSchema = z.object({
  /** The folder on the server where archives are written. */
  folder: z.string(),
  /** Complete archives kept; older ones are removed after each successful backup. */
  keep: z.number().int().positive(),
  /** The daily time (server time, HH:MM) of the scheduled backup; null when switched off. */
  dailyAt: z.string().nullable(),
  /** Media in an S3-compatible bucket are not in the archives: the bucket is backed up by its store. */
  mediaInBucket: z.boolean(),
  /** The most recent runs, newest first. */
  runs: z.array(BackupRunSchema),
});
export type BackupOverview = z.infer<typeof BackupOverviewSchema>;
