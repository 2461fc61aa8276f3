// Import batches: a parsed file waiting for confirmation, applied all at once or not at all.
import { importBatchStatuses, importEntities } from '@tutti/contracts';
import { index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { orgIdColumn, tenantPolicy } from './tenancy';

export const importBatches = pgTable(
  'import_batches',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    orgId: orgIdColumn(),
    entity: text('entity', { enum: importEntities }).notNull(),
    fileName: text('file_name').notNull(),
    status: text('status', { enum: importBatchStatuses }).notNull(),
    /** Options chosen at upload (for participants: the target group). */
    options: jsonb('options').$type<Record<string, string>>().notNull().default({}),
    /** Normalised rows, ready to insert, each with its line number and its problems. */
    rows: jsonb('rows').$type<Record<string, unknown>[]>().notNull(),
    /**
     * Values lines name that the organisation does not have (groups, communes, partners), with
     * the suggestions made and the choice for each: create it, map it, or refuse its lines.
     */
    references: jsonb('references').$type<Record<string, unknown>[]>().notNull().default([]),
    /** Lines waiting for a choice, lines refused, and warnings by code (the repairs made). */
    tallies: jsonb('tallies').$type<Record<string, unknown>>().notNull().default({}),
    errorCount: integer('error_count').notNull(),
    warningCount: integer('warning_count').notNull().default(0),
    /** What was read: format, encoding, separator, sheet, header line, column mapping. */
    source: jsonb('source').$type<Record<string, unknown>>().notNull().default({}),
    /**
     * Hash of the organisation's data the preview relied on (groups named, existing duplicates):
     * a different hash at apply time means the preview is stale.
     */
    contextHash: text('context_hash').notNull().default(''),
    /** Counts of what the apply wrote and skipped. */
    result: jsonb('result').$type<Record<string, number>>(),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    appliedAt: timestamp('applied_at', { withTimezone: true }),
  },
  (t) => [index('import_batches_org_idx').on(t.orgId, t.createdAt), tenantPolicy('import_batches')],
).enableRLS();
