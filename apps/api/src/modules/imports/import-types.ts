// What every importer (participants, partners, venues) provides to the one preview-and-apply flow.
import type { ImportColumn, ImportEntity, ImportIssue, ImportSource } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import type { FieldSpec } from '../../platform/tabular';
import type { CommuneResolver } from './commune-cells';
import type { LineReader } from './line-reader';

/** Values as understood, by field, for the preview table. */
export type Cells = Record<string, string | null>;

export type LineOutcome = {
  cells: Cells;
  issues: ImportIssue[];
  /** The create body (bodies) the line becomes, already validated; null when it has errors. */
  values: unknown;
  /** What makes two records "the same" (name and group, name and commune); null with errors. */
  key: string | null;
};

export type StoredRow = LineOutcome & {
  line: number;
  status: 'valid' | 'error' | 'duplicate';
};

export type ImportOptions = { groupId: string | null; communes: CommuneResolver };

export type Importer = {
  entity: ImportEntity;
  specs: readonly FieldSpec[];
  /** Each inner list names keys of which at least one must be a column of the file. */
  requiredKeys(options: { groupId: string | null }): string[][];
  /** The preview table's fields, for the column keys found. */
  displayFields(keys: ReadonlySet<string>): string[];
  /** Reads what lines refer to (groups...), then gives the function that understands one line. */
  prepare(
    tx: Tx,
    actor: OrgActor,
    options: ImportOptions,
  ): Promise<(line: LineReader) => LineOutcome>;
  /** Which of `keys` records of the organisation already have. */
  existingKeys(tx: Tx, orgId: string, keys: readonly string[]): Promise<Set<string>>;
  /** The organisation's data the lines rely on besides duplicates (the groups named), for the stale check. */
  references(tx: Tx, orgId: string, keys: readonly string[]): Promise<unknown>;
  /**
   * Writes lines' records through the owning module's repository, validating them again (a
   * batch is data from the database, not from the form).
   */
  insertMany(tx: Tx, orgId: string, values: readonly unknown[]): Promise<void>;
};

/** What `import_batches.source` holds: what was read, and how its columns were understood. */
export type BatchSource = ImportSource & { columns: ImportColumn[]; fields: string[] };
