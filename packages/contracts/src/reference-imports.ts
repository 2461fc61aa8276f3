// Official territorial files imported from the web app by an admin: upload one file of a kind with
// its year, read the preview, import it (a job, with its progress), and the list of what was imported.
import { z } from 'zod';
import { IdSchema } from './common';
import { ReferenceImportKindSchema, ReferenceImportSchema } from './communes';

/**
 * The largest official file accepted (the base of cultural places is about 90,000 lines); read in
 * a worker with capped memory.
 */
export const MAX_REFERENCE_IMPORT_BYTES = 100 * 1024 * 1024;

/** Years a data file may be of. */
export const REFERENCE_YEAR_MIN = 1990;
export const REFERENCE_YEAR_MAX = 2100;
const YearSchema = z.number().int().min(REFERENCE_YEAR_MIN).max(REFERENCE_YEAR_MAX);

/** `csv` (or text) files only: the official files are published as CSV. */
export const referenceImportMediaTypes = ['text/csv', 'text/plain', 'application/csv'] as const;

/**
 * `kind` and `fileName` are required, but checked once the caller may import (400 naming them),
 * so that another organisation's address answers 404 first.
 */
export const ReferenceImportUploadQuerySchema = z.strictObject({
  kind: ReferenceImportKindSchema.optional(),
  fileName: z.string().trim().min(1).max(255).optional(),
  /** The data's year; without it, the last 20xx number of the file name (else 400 naming it). */
  year: z.coerce.number().pipe(YearSchema).optional(),
});
export type ReferenceImportUploadQuery = z.infer<typeof ReferenceImportUploadQuerySchema>;

export const ReferenceImportRunParamsSchema = z.strictObject({
  orgId: IdSchema,
  uploadId: IdSchema,
});

export const ReferenceImportApplyBodySchema = z.strictObject({
  /** The year as finally checked by the admin (it only names the data; nothing is read again). */
  year: YearSchema,
});
export type ReferenceImportApplyBody = z.infer<typeof ReferenceImportApplyBodySchema>;

export const referenceImportRunStates = [
  'previewed',
  'importing',
  'imported',
  'failed',
  'discarded',
] as const;
export const ReferenceImportRunStateSchema = z.enum(referenceImportRunStates);
export type ReferenceImportRunState = z.infer<typeof ReferenceImportRunStateSchema>;

/** A line of the file refused (error: nothing can be imported) or kept with a caveat (warning). */
export const ReferenceIssueSchema = z.object({
  /** 1-based line of the file; 0 for the whole file. */
  line: z.number().int(),
  severity: z.enum(['error', 'warning']),
  /** `@tutti/geo` issue code, translated as `import.issue.<code>`. */
  code: z.string(),
  column: z.string().nullable(),
  value: z.string().nullable(),
});
export type ReferenceIssue = z.infer<typeof ReferenceIssueSchema>;

/** Issues listed in a preview; the counts give the rest. */
export const REFERENCE_PREVIEW_MAX_ISSUES = 50;

export const ReferencePreviewSchema = z.object({
  /** The publisher's data set the file was recognised as. */
  source: z.object({ name: z.string(), publisher: z.string(), licence: z.string() }),
  layout: z.string(),
  linesRead: z.number().int(),
  /** Lines read into records. */
  recognised: z.number().int(),
  /** Lines with an error: while there is one, nothing can be imported (all lines or none). */
  refused: z.number().int(),
  /** Lines kept with a caveat (a facility placed at its commune's position...). */
  warnings: z.number().int(),
  /** Communes updated, facilities placed or priority areas kept by the import. */
  toApply: z.number().int(),
  /** Codes naming no current commune: skipped. */
  unknownCommunes: z.number().int(),
  /** Facilities with neither a position nor a known commune: left out. */
  unplaced: z.number().int(),
  /** Errors first, then warnings, at most REFERENCE_PREVIEW_MAX_ISSUES. */
  issues: z.array(ReferenceIssueSchema),
  /** The first lines of the file as cells (title lines and header included). */
  firstLines: z.array(z.array(z.string())),
  importable: z.boolean(),
});
export type ReferencePreview = z.infer<typeof ReferencePreviewSchema>;

export const ReferenceImportProgressSchema = z.object({
  phase: z.enum(['queued', 'reading', 'writing', 'finishing']),
  /** Rows written, of `total` (writing only). */
  done: z.number().int(),
  total: z.number().int(),
});
export type ReferenceImportProgress = z.infer<typeof ReferenceImportProgressSchema>;

export const ReferenceImportRunSchema = z.object({
  id: IdSchema,
  kind: ReferenceImportKindSchema,
  fileName: z.string(),
  byteSize: z.number().int(),
  year: z.number().int(),
  state: ReferenceImportRunStateSchema,
  preview: ReferencePreviewSchema,
  progress: ReferenceImportProgressSchema.nullable(),
  /** Why a failed import failed (nothing of it was applied). */
  error: z.string().nullable(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ReferenceImportRun = z.infer<typeof ReferenceImportRunSchema>;

export const ReferenceImportsOverviewSchema = z.object({
  /** The latest uploads from the web app, newest first. */
  runs: z.array(ReferenceImportRunSchema),
  /** Every file applied (web app or command line), newest first; the first of a kind is in use. */
  imports: z.array(ReferenceImportSchema),
});
export type ReferenceImportsOverview = z.infer<typeof ReferenceImportsOverviewSchema>;
