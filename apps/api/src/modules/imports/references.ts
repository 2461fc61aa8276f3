// The values a file names that the organisation does not have: gathered once per value, each
// with suggestions and a choice (create, map, refuse) that applies to every line naming it.
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { ImportChoice, ImportChoiceMade, ImportIssue } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../../platform/auth/request-auth';
import { AppError } from '../../platform/errors';
import { foldHeader } from '../../platform/tabular';
import type { CommuneResolver } from './commune-cells';
import {
  type Importer,
  type ImportOptions,
  type Mention,
  NEW_PREFIX,
  type StoredReference,
  type StoredRow,
  type Target,
} from './import-types';

/** Gathers the mentions of every line into one reference per value, in the order first met. */
export class ReferenceCollector {
  private readonly byKey = new Map<string, StoredReference>();
  private readonly counters = new Map<string, number>();

  add(mention: Mention, line: number, column: string | null): string {
    const key = `${mention.kind}|${mention.key}`;
    const known = this.byKey.get(key);
    if (known) {
      known.lines++;
      return known.id;
    }
    const n = (this.counters.get(mention.kind) ?? 0) + 1;
    this.counters.set(mention.kind, n);
    const reference: StoredReference = {
      id: `${mention.kind}-${n}`,
      kind: mention.kind,
      field: mention.field,
      column,
      value: mention.value,
      problem: mention.problem,
      lines: 1,
      firstLine: line,
      canCreate: mention.kind !== 'commune',
      proposedKind: null,
      suggestions: [],
      choice: null,
      key: mention.key,
    };
    this.byKey.set(key, reference);
    return reference.id;
  }

  /** Each reference with the existing records alike it. */
  async finish(tx: Tx, orgId: string, importer: Importer, options: ImportOptions) {
    const references = [...this.byKey.values()];
    for (const reference of references) {
      if (reference.kind !== 'commune') continue;
      const cells = JSON.parse(reference.key) as Parameters<CommuneResolver['suggest']>[0];
      reference.suggestions = options.communes.suggest(cells);
    }
    await importer.suggest(
      tx,
      orgId,
      references.filter((r) => r.kind !== 'commune'),
    );
    return references;
  }
}

/**
 * The commune cells of a line as the key of its reference (the resolver's input, as JSON):
 * names folded, so that "Neverz" and "NEVERZ" are one value to decide.
 */
export function communeKey(cells: {
  name: string | null;
  postalCode: string | null;
  code: string | null;
}) {
  const name = cells.name ? foldHeader(cells.name) : null;
  return JSON.stringify({ name, postalCode: cells.postalCode, code: cells.code });
}

/**
 * What each slot of a row resolves to, once every reference it names has a choice that is not
 * a refusal; `created` gives the ids of records the apply created.
 */
export function targetsOf(
  row: StoredRow,
  byId: ReadonlyMap<string, StoredReference>,
  created?: ReadonlyMap<string, string>,
): Record<string, Target> | null {
  const targets: Record<string, Target> = {};
  for (const [slot, id] of Object.entries(row.refs ?? {})) {
    const choice = byId.get(id)?.choice;
    if (!choice || choice.action === 'refuse') return null;
    const reference = byId.get(id)!;
    targets[slot] =
      choice.action === 'map'
        ? { id: choice.targetId, label: choice.targetLabel }
        : { id: created?.get(id) ?? `${NEW_PREFIX}${id}`, label: reference.value };
  }
  return targets;
}

/** Rows settled between two turns of the event loop. */
const ROWS_PER_TURN = 2000;

const DUPLICATE_CODES = new Set<ImportIssue['code']>(['duplicateInFile', 'duplicateExisting']);

/**
 * Each row's status from its own issues and the choices of the references it names: refused
 * (a value it names was refused) before error, error before pending (a value waits for a
 * choice); the others are valid, with the key that finds duplicates. Duplicates are marked
 * again by the caller.
 */
export async function settleRows(
  rows: StoredRow[],
  references: readonly StoredReference[],
  importer: Importer,
) {
  const byId = new Map(references.map((r) => [r.id, r]));
  for (const [index, row] of rows.entries()) {
    // Long files are settled in turns, so that requests are answered meanwhile.
    if (index % ROWS_PER_TURN === ROWS_PER_TURN - 1) await nextTurn();
    row.issues = row.issues.filter((issue) => !DUPLICATE_CODES.has(issue.code));
    const choices = Object.values(row.refs ?? {}).map((id) => byId.get(id)?.choice ?? null);
    const errors = row.issues.some((issue) => issue.severity === 'error');
    if (choices.some((c) => c?.action === 'refuse')) row.status = 'refused';
    else if (errors) row.status = 'error';
    else if (choices.some((c) => c === null)) row.status = 'pending';
    else row.status = 'valid';
    const targets = row.status === 'valid' ? targetsOf(row, byId) : null;
    row.key = targets ? importer.keyOf(importer.fill(row.values, targets)) : null;
  }
}

/** What the preview says on a line about each value it names: to decide, created, mapped, refused. */
export function referenceIssues(
  row: StoredRow,
  byId: ReadonlyMap<string, StoredReference>,
): ImportIssue[] {
  return Object.values(row.refs ?? {}).flatMap((id): ImportIssue[] => {
    const reference = byId.get(id);
    if (!reference) return [];
    const base = {
      line: row.line,
      column: reference.column,
      field: reference.field,
      value: reference.value,
      params: { name: reference.value, kind: reference.kind } as Record<string, string | number>,
    };
    const { choice } = reference;
    if (!choice) {
      const unknown = {
        group: reference.problem === 'ambiguous' ? 'ambiguousGroup' : 'unknownGroup',
        partner: reference.problem === 'ambiguous' ? 'ambiguousPartner' : 'unknownPartner',
        commune: reference.problem === 'ambiguous' ? 'ambiguousCommune' : 'unknownCommune',
      } as const;
      const count = reference.problem === 'ambiguous' ? reference.suggestions.length : 0;
      return [
        {
          ...base,
          severity: 'warning' as const,
          code: unknown[reference.kind],
          params: { ...base.params, count },
        },
      ];
    }
    if (choice.action === 'create') {
      return [{ ...base, severity: 'warning' as const, code: 'willCreate' as const }];
    }
    if (choice.action === 'map') {
      const params = { ...base.params, to: choice.targetLabel };
      return [{ ...base, severity: 'warning' as const, code: 'mappedTo' as const, params }];
    }
    return [{ ...base, severity: 'warning' as const, code: 'refusedByChoice' as const }];
  });
}

/**
 * Checks and records choices, all or none: each names a reference of the preview, a target
 * that exists (a listed group, a partner, a commune of the reference), and is possible for
 * its kind (communes are never created). A 400 names the choice's field.
 */
export async function applyChoices(
  tx: Tx,
  actor: OrgActor,
  importer: Importer,
  references: StoredReference[],
  choices: { reference: string; choice: ImportChoice | null }[],
  communes: CommuneResolver | null,
) {
  const byId = new Map(references.map((r) => [r.id, r]));
  for (const [index, { reference: id, choice }] of choices.entries()) {
    const at = `body.choices.${index}`;
    const reference = byId.get(id);
    if (!reference) {
      throw new AppError('IMPORT.UNKNOWN_REFERENCE', `No value ${id} in this preview`, {
        fields: [{ path: `${at}.reference`, message: 'Not a value of this preview' }],
      });
    }
    reference.choice = choice
      ? await recorded(tx, actor, importer, reference, choice, at, communes)
      : null;
  }
}

async function recorded(
  tx: Tx,
  actor: OrgActor,
  importer: Importer,
  reference: StoredReference,
  choice: ImportChoice,
  at: string,
  communes: CommuneResolver | null,
): Promise<ImportChoiceMade> {
  const refuse = (field: string, message: string) =>
    new AppError('IMPORT.CHOICE_NOT_ALLOWED', message, {
      fields: [{ path: `${at}.choice.${field}`, message }],
    });
  if (choice.action === 'refuse') return { action: 'refuse' };
  if (choice.action === 'create') {
    if (!reference.canCreate) throw refuse('action', 'A commune is mapped or refused, not created');
    if (choice.groupKind && reference.kind !== 'group') {
      throw refuse('groupKind', 'Only a new group has a kind');
    }
    if (choice.partnerType && reference.kind !== 'partner') {
      throw refuse('partnerType', 'Only a new partner has a type');
    }
    requirePermission(actor, reference.kind === 'group' ? 'groups.write' : 'partners.manage');
    const kind = choice.groupKind ?? choice.partnerType ?? reference.proposedKind ?? 'other';
    return { action: 'create', kind };
  }
  const label =
    reference.kind === 'commune'
      ? (communes?.byCode(choice.targetId)?.name ?? null)
      : await importer.findTarget(tx, actor.orgId, reference, choice.targetId);
  if (label === null) {
    throw new AppError('IMPORT.UNKNOWN_TARGET', `Nothing to map ${reference.value} to`, {
      fields: [{ path: `${at}.choice.targetId`, message: `No such ${reference.kind}` }],
    });
  }
  const targetId =
    reference.kind === 'commune' ? communes!.byCode(choice.targetId)!.code : choice.targetId;
  return { action: 'map', targetId, targetLabel: label };
}
