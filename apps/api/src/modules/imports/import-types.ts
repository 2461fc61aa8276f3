// What every importer (participants, partners, venues) provides to the one preview-and-apply flow.
import type {
  ImportColumn,
  ImportEntity,
  ImportIssue,
  ImportReference,
  ImportReferenceKind,
  ImportSource,
  importRowStatuses,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../../platform/auth/request-auth';
import type { FieldSpec } from '../../platform/tabular';
import type { CommuneResolver } from './commune-cells';
import type { LineReader } from './line-reader';

/** Values as understood, by field, for the preview table. */
export type Cells = Record<string, string | null>;

/**
 * A value of a line that names something the organisation does not have (a group, a partner)
 * or that the reference does not know as written (a commune): the preview asks what to do
 * with it, once for every line naming it.
 */
export type Mention = {
  kind: ImportReferenceKind;
  /** The column key it was read from (`group`, `communeName`, `partner`). */
  field: string;
  /** What makes two lines name the same thing: the folded name, or the commune's cells. */
  key: string;
  /** As written. */
  value: string;
  problem: 'unknown' | 'ambiguous';
};

/** Where a line's mention goes in its values: `group`, `commune`, `partner`. */
export type Slot = string;

export type LineOutcome = {
  cells: Cells;
  issues: ImportIssue[];
  /**
   * The create body (bodies) the line becomes, already validated, with null where a mention
   * waits for its target; null when the line has errors.
   */
  values: unknown;
  mentions?: Record<Slot, Mention>;
};

export type RowStatus = (typeof importRowStatuses)[number];

export type StoredRow = {
  line: number;
  status: RowStatus;
  cells: Cells;
  issues: ImportIssue[];
  values: unknown;
  /** The references the line names, by slot (their ids in the batch's references). */
  refs?: Record<Slot, string>;
  /** What makes two records "the same" (name and group, name and commune); null unless valid. */
  key: string | null;
};

/** A reference as the batch keeps it: what the API shows, and the key lines share. */
export type StoredReference = ImportReference & { key: string };

/** What a reference resolves to: an existing record, or one the apply creates (`new:<ref id>`). */
export type Target = { id: string; label: string };

export const NEW_PREFIX = 'new:';

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
  /**
   * Fills each reference's suggestions (existing records alike it; communes have theirs from
   * the commune reference) and, for what it may create, the kind or type its name suggests.
   */
  suggest(tx: Tx, orgId: string, references: StoredReference[]): Promise<void>;
  /** The label of the group or partner a `map` choice names; null when there is none to map to. */
  findTarget(tx: Tx, orgId: string, reference: StoredReference, id: string): Promise<string | null>;
  /** The line's values with each slot's target put in. */
  fill(values: unknown, targets: Readonly<Record<Slot, Target>>): unknown;
  /** What makes two records "the same", from filled values. */
  keyOf(values: unknown): string;
  /** Which of `keys` records of the organisation already have. */
  existingKeys(tx: Tx, orgId: string, keys: readonly string[]): Promise<Set<string>>;
  /**
   * The organisation's data the lines rely on besides duplicates (the groups named or mapped
   * to, whether the names to create are still free), for the stale check.
   */
  references(
    tx: Tx,
    orgId: string,
    keys: readonly string[],
    references: readonly StoredReference[],
  ): Promise<unknown>;
  /** Creates what the choices say to create; the new ids by reference id. */
  create(
    tx: Tx,
    actor: OrgActor,
    references: readonly StoredReference[],
  ): Promise<Map<string, string>>;
  /**
   * Writes lines' records through the owning module's repository, validating them again (a
   * batch is data from the database, not from the form). Answers how many guardian consents
   * came with them.
   */
  insertMany(
    tx: Tx,
    orgId: string,
    values: readonly unknown[],
    source: { fileName: string; recordedBy: string },
  ): Promise<{ consents: number }>;
};

/** What `import_batches.source` holds: what was read, and how its columns were understood. */
export type BatchSource = ImportSource & { columns: ImportColumn[]; fields: string[] };

/** What `import_batches.tallies` holds beyond the error and duplicate counts. */
export type BatchTallies = {
  pending: number;
  refused: number;
  repairs: number;
  warnings: { code: ImportIssue['code']; count: number }[];
};
