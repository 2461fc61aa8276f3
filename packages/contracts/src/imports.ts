// Imports and exports of participants, partners and venues: upload, preview report, apply, download.
import { z } from 'zod';
import { exportFormats } from './carbon-footprints';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { FileNameSchema } from './files';

export const importEntities = ['participants', 'partners', 'venues'] as const;
export const ImportEntitySchema = z.enum(importEntities);
export type ImportEntity = z.infer<typeof ImportEntitySchema>;

export const XLSX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Types a browser may give a spreadsheet or CSV file (Windows labels `.csv` files
 * `application/vnd.ms-excel`); the content itself decides between CSV and XLSX.
 */
export const importMediaTypes = [
  'text/csv',
  'text/plain',
  'text/tab-separated-values',
  'application/csv',
  'application/vnd.ms-excel',
  'application/octet-stream',
  XLSX_MEDIA_TYPE,
] as const;

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;
/** Data lines (the header excluded) one file may hold. */
export const MAX_IMPORT_LINES = 50_000;
/** Columns read in one file: far more than any import has fields. */
export const MAX_IMPORT_COLUMNS = 200;
/** Characters in one cell: the longest field (notes) is 2,000; Excel's own cap is 32,767. */
export const MAX_IMPORT_CELL_CHARS = 10_000;
/**
 * Bytes an XLSX file may inflate to, all its read parts together (a 50,000-line sheet of twenty
 * columns is about 40 MB): a "zip bomb" is refused from its declared sizes before inflating, and
 * while inflating if it lied about them.
 */
export const MAX_IMPORT_INFLATED_BYTES = 150 * 1024 * 1024;

/** Files go to `/participants/imports`, `/partners/imports`, `/venues/imports`; the batch then has its own path. */
export const ImportBatchParamsSchema = z.strictObject({ orgId: IdSchema, batchId: IdSchema });

export const ImportUploadQuerySchema = z.strictObject({
  fileName: FileNameSchema.optional(),
  /** Participants only: the group every line without a group of its own goes into. */
  groupId: IdSchema.optional(),
});
export type ImportUploadQuery = z.infer<typeof ImportUploadQuerySchema>;

export const ImportRowsQuerySchema = PageQuerySchema.extend({
  /** `problems`: only the lines with an error or a warning. */
  rows: z.enum(['all', 'problems']).default('all'),
});
export type ImportRowsQuery = z.infer<typeof ImportRowsQuerySchema>;

/** What to do with lines that look like a record already there (or an earlier line). */
export const ImportApplyBodySchema = z.strictObject({
  duplicates: z.enum(['skip', 'keep']).default('skip'),
});
export type ImportApplyBody = z.infer<typeof ImportApplyBodySchema>;

/** Message keys of the line-by-line report (`imports:issues.<code>` in the web app). */
export const importIssueCodes = [
  'required',
  'tooLong',
  'invalid',
  'invalidChoice',
  'invalidDate',
  'futureDate',
  'invalidNumber',
  'outOfRange',
  'invalidBoolean',
  'invalidEmail',
  'invalidPhone',
  'invalidPostalCode',
  'unknownCommune',
  'ambiguousCommune',
  'pairRequired',
  'unknownGroup',
  'ambiguousGroup',
  'groupCountedOnly',
  'duplicateInFile',
  'duplicateExisting',
  /** A quote opened and never closed: the rest of the file may have been read as one cell. */
  'unclosedQuote',
  /** Filled cells beyond the last column with a header (an unquoted separator, often). */
  'extraCells',
] as const;
export const ImportIssueCodeSchema = z.enum(importIssueCodes);
export type ImportIssueCode = z.infer<typeof ImportIssueCodeSchema>;

export const ImportIssueSchema = z.object({
  /** The line as numbered in the file (the header is line 1 in most files). */
  line: z.number().int(),
  /** The column's header as written in the file; null for a problem of the whole line. */
  column: z.string().nullable(),
  /** The field of Tutti the column maps to (see `importFields`). */
  field: z.string().nullable(),
  value: z.string().nullable(),
  severity: z.enum(['error', 'warning']),
  code: ImportIssueCodeSchema,
  params: z.record(z.string(), z.union([z.string(), z.number()])),
});
export type ImportIssue = z.infer<typeof ImportIssueSchema>;

export const ImportRowSchema = z.object({
  line: z.number().int(),
  status: z.enum(['valid', 'error', 'duplicate']),
  /** Values as understood, by field (a birth date shows as its age band, never as a date). */
  cells: z.record(z.string(), z.string().nullable()),
  issues: z.array(ImportIssueSchema),
});
export type ImportRow = z.infer<typeof ImportRowSchema>;

export const importFormats = ['csv', 'xlsx'] as const;
export const importEncodings = ['utf-8', 'utf-8-bom', 'utf-16le', 'windows-1252'] as const;

export const ImportSourceSchema = z.object({
  format: z.enum(importFormats),
  /** How the text was decoded (CSV only): UTF-8 when it is valid UTF-8, else Windows-1252. */
  encoding: z.enum(importEncodings).nullable(),
  separator: z.enum([';', ',', '\t']).nullable(),
  sheetName: z.string().nullable(),
  headerLine: z.number().int(),
  dataLines: z.number().int(),
});
export type ImportSource = z.infer<typeof ImportSourceSchema>;

export const ImportColumnSchema = z.object({
  /** 1-based position in the file. */
  position: z.number().int(),
  header: z.string(),
  /** The field it fills (`contactName.2` for a second contact); null when ignored. */
  field: z.string().nullable(),
});
export type ImportColumn = z.infer<typeof ImportColumnSchema>;

export const importBatchStatuses = ['previewed', 'applied', 'discarded'] as const;

export const ImportBatchSchema = z.object({
  id: IdSchema,
  entity: ImportEntitySchema,
  fileName: z.string(),
  status: z.enum(importBatchStatuses),
  source: ImportSourceSchema,
  columns: z.array(ImportColumnSchema),
  /** Fields shown in the preview table, in order. */
  fields: z.array(z.string()),
  groupId: IdSchema.nullable(),
  counts: z.object({
    lines: z.number().int(),
    valid: z.number().int(),
    withErrors: z.number().int(),
    duplicates: z.number().int(),
  }),
  /** False while any line has an error, or once applied or discarded. */
  canApply: z.boolean(),
  result: z.object({ created: z.number().int(), skipped: z.number().int() }).nullable(),
  rows: z.object({ items: z.array(ImportRowSchema), total: z.number().int() }),
  createdAt: TimestampSchema,
  appliedAt: TimestampSchema.nullable(),
});
export type ImportBatch = z.infer<typeof ImportBatchSchema>;

export const ExportQuerySchema = z.strictObject({
  format: z.enum(exportFormats).default('csv'),
  /** Participants only: the members of one group; all participants otherwise. */
  groupId: IdSchema.optional(),
});
export type ExportQuery = z.infer<typeof ExportQuerySchema>;
