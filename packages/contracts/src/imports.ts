// Imports and exports of participants, partners and venues: upload, preview report, apply, download.
import { z } from 'zod';
import { exportFormats } from './carbon-footprints';
import { IdSchema, PageQuerySchema, TimestampSchema } from './common';
import { FileNameSchema } from './files';
import { GroupKindSchema } from './groups';
import { PartnerTypeSchema } from './partners';

export const importEntities = ['participants', 'partners', 'venues', 'ensembles'] as const;
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
  'unknownPartner',
  'ambiguousPartner',
  /** The value names something the import will create, as chosen in the preview. */
  'willCreate',
  /** The value is read as an existing record, as chosen in the preview. */
  'mappedTo',
  /** The line is not imported: its value was refused in the preview. */
  'refusedByChoice',
  'duplicateInFile',
  'duplicateExisting',
  /** A consent cell that is neither yes, no nor a date. */
  'invalidConsent',
  /** Consent given without a date: the day of the import is recorded. */
  'consentDateUnknown',
  /** A consent column filled for an adult: no guardian consent is recorded. */
  'consentNotNeeded',
  /** A guardian's phone or e-mail without a consent given: not kept. */
  'guardianWithoutConsent',
  'spacesTrimmed',
  'postalCodeZeroRestored',
  'dateReadDayFirst',
  'yearCompleted',
  'phoneMadeInternational',
  /** A quote opened and never closed: the rest of the file may have been read as one cell. */
  'unclosedQuote',
  /** Filled cells beyond the last column with a header (an unquoted separator, often). */
  'extraCells',
] as const;
export const ImportIssueCodeSchema = z.enum(importIssueCodes);

/**
 * Warnings that say a value was repaired as it was read (spaces trimmed, a postal code's or a
 * phone's leading zero restored, a date read as dd/mm/yyyy, a two-digit year completed): the
 * preview counts them.
 */
export const importRepairCodes = [
  'spacesTrimmed',
  'postalCodeZeroRestored',
  'dateReadDayFirst',
  'yearCompleted',
  'phoneMadeInternational',
] as const satisfies readonly (typeof importIssueCodes)[number][];
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

/**
 * `pending`: the line names a value still waiting for a choice; `refused`: a value it names
 * was refused, so it is not imported.
 */
export const importRowStatuses = ['valid', 'error', 'duplicate', 'pending', 'refused'] as const;

export const ImportRowSchema = z.object({
  line: z.number().int(),
  status: z.enum(importRowStatuses),
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

/** What a file's values may name that the organisation does not have yet. */
export const importReferenceKinds = ['group', 'commune', 'partner'] as const;
export const ImportReferenceKindSchema = z.enum(importReferenceKinds);
export type ImportReferenceKind = z.infer<typeof ImportReferenceKindSchema>;

/** What to do with every line naming one unknown value. */
export const ImportChoiceSchema = z.discriminatedUnion('action', [
  z.strictObject({
    action: z.literal('create'),
    /** A new group's kind (groups only); the proposed one when absent. */
    groupKind: GroupKindSchema.optional(),
    /** A new partner's type (partners only); the proposed one when absent. */
    partnerType: PartnerTypeSchema.optional(),
  }),
  z.strictObject({
    action: z.literal('map'),
    /** The existing group or partner (its id), or the commune (its INSEE code). */
    targetId: z.string().trim().min(1).max(64),
  }),
  z.strictObject({ action: z.literal('refuse') }),
]);
export type ImportChoice = z.infer<typeof ImportChoiceSchema>;

/** A choice as recorded: with the name of what a value maps to, or the kind it is created as. */
export const ImportChoiceMadeSchema = z.discriminatedUnion('action', [
  z.object({ action: z.literal('create'), kind: z.string() }),
  z.object({ action: z.literal('map'), targetId: z.string(), targetLabel: z.string() }),
  z.object({ action: z.literal('refuse') }),
]);
export type ImportChoiceMade = z.infer<typeof ImportChoiceMadeSchema>;

export const ImportSuggestionSchema = z.object({
  /** What `map` takes as `targetId`. */
  id: z.string(),
  label: z.string(),
  /** What tells two alike apart: a commune's department and postal code. */
  detail: z.string().nullable(),
  /** 0 to 1: how alike the names are once folded (1 for the same name). */
  similarity: z.number(),
});
export type ImportSuggestion = z.infer<typeof ImportSuggestionSchema>;

export const ImportReferenceSchema = z.object({
  /** Stable within the preview: what a choice names. */
  id: z.string(),
  kind: ImportReferenceKindSchema,
  /** The column's field and header as written in the file. */
  field: z.string(),
  column: z.string().nullable(),
  /** The value as first written in the file. */
  value: z.string(),
  /** `ambiguous`: several existing records answer to it. */
  problem: z.enum(['unknown', 'ambiguous']),
  lines: z.number().int(),
  firstLine: z.number().int(),
  /** Communes are reference data: they are mapped or refused, never created. */
  canCreate: z.boolean(),
  /** The group kind or partner type `create` gives when none is chosen (guessed from the name). */
  proposedKind: z.string().nullable(),
  /** Existing records with an alike name, the most alike first. */
  suggestions: z.array(ImportSuggestionSchema),
  choice: ImportChoiceMadeSchema.nullable(),
});
export type ImportReference = z.infer<typeof ImportReferenceSchema>;

export const ImportChoicesBodySchema = z.strictObject({
  choices: z
    .array(
      z.strictObject({
        reference: z.string().trim().min(1).max(40),
        /** Null takes a choice back. */
        choice: ImportChoiceSchema.nullable(),
      }),
    )
    .min(1)
    .max(1000),
});
export type ImportChoicesBody = z.infer<typeof ImportChoicesBodySchema>;

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
    /** Lines naming a value that waits for a choice. */
    pending: z.number().int(),
    /** Lines not imported because a value they name was refused. */
    refused: z.number().int(),
    /** Values repaired as they were read (see `importRepairCodes`). */
    repairs: z.number().int(),
  }),
  /** Warnings of the whole file by code, repairs included, the most frequent first. */
  warnings: z.array(z.object({ code: ImportIssueCodeSchema, count: z.number().int() })),
  /** Values that name nothing the organisation has yet, each with its choice. */
  references: z.array(ImportReferenceSchema),
  /** False while any line has an error or waits for a choice, or once applied or discarded. */
  canApply: z.boolean(),
  result: z
    .object({
      created: z.number().int(),
      skipped: z.number().int(),
      /** Lines refused by a choice. */
      refused: z.number().int(),
      /** Groups or partners created by the import. */
      referencesCreated: z.number().int(),
      /** Guardian consents recorded from the file's consent columns. */
      consents: z.number().int(),
    })
    .nullable(),
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
