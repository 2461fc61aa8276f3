// Backups of the whole instance: one row per run, scheduled or requested. Instance-wide and
// free of personal data (no requester, no content): every organisation's admins read the same.
import { backupRunStates, backupTriggers } from '@tutti/contracts';
import { sql } from 'drizzle-orm';
import {
  bigint,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const backupRuns = pgTable(
  'backup_runs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    trigger: text('trigger', { enum: backupTriggers }).notNull(),
    state: text('state', { enum: backupRunStates }).notNull().default('running'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    finishedAt: timestamp('finished_at', { withTimezone: true }),
    archiveName: text('archive_name'),
    bytes: bigint('bytes', { mode: 'number' }),
    tables: integer('tables'),
    rows: bigint('rows', { mode: 'number' }),
    files: integer('files'),
    error: text('error'),
  },
  (t) => [
    index('backup_runs_started_idx').on(t.startedAt),
    // One backup at a time across every server process.
    uniqueIndex('backup_runs_one_running_idx').on(t.state).where(sql`state = 'running'`),
  ],
);
