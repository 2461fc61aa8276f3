// The registry of offline operation kinds: what a feature declares so that the one operation log
// can validate, check, order and apply its operations (CONTRIBUTING.md, "An offline operation kind").
import {
  type ErrorCode,
  type OfflineOperationKind,
  offlineOperationSchemas,
  type ParsedOfflineOperation,
  type Permission,
} from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import type { OrgActor } from '../auth/request-auth';

export type OperationOf<K extends OfflineOperationKind> = Extract<
  ParsedOfflineOperation,
  { kind: K }
>;

/** Why an operation cannot be applied; it is not logged, so the device may send it again. */
export type Refusal = { reason: ErrorCode; message: string };

/** What applying a new operation gave: the current value, a logged loser, or seen before. */
export type AppliedOutcome = 'applied' | 'superseded' | 'duplicate';

export type OperationKind<K extends OfflineOperationKind, Facts> = {
  /** `<feature>.<what>`, as in the kind's schema (`defineOperationSchema`). */
  kind: K;
  /** The action of the feature's policy table an actor needs to send this kind. */
  permission: Permission;
  /**
   * The conflict rule, in words: which of two operations on one target wins, and who is told
   * about the loser. Served in the OpenAPI description of `applyOfflineOperations`.
   */
  conflictRule: string;
  /**
   * What the operation changes, as a text key (`<session>|<participant>`). Operations are checked
   * and applied in the order of (kind, target, op id), so concurrent batches lock rows in one
   * order and never deadlock.
   */
  targetOf(op: OperationOf<K>): string;
  /** What the checks need for the batch's operations of this kind, in as few queries as possible. */
  readFacts(tx: Tx, actor: OrgActor, ops: OperationOf<K>[]): Promise<Facts>;
  /** The refusal of one operation (a target gone, not the actor's to change…), or null. */
  refusalOf(op: OperationOf<K>, facts: Facts, actor: OrgActor): Refusal | null;
  /**
   * Applies new operations (their receipts are already written, in this transaction) in the order
   * given, settling each against the current value by the conflict rule; one outcome per
   * operation, in the same order.
   */
  apply(tx: Tx, actor: OrgActor, ops: OperationOf<K>[]): Promise<AppliedOutcome[]>;
};

/** A kind with its types forgotten, as the registry holds it. */
export type AnyOperationKind = OperationKind<OfflineOperationKind, unknown>;

/** Declares a kind, keeping its operation and facts types exact while it is written. */
export function defineOperationKind<K extends OfflineOperationKind, Facts>(
  kind: OperationKind<K, Facts>,
): AnyOperationKind {
  return kind as unknown as AnyOperationKind;
}

export type OperationRegistry = ReadonlyMap<OfflineOperationKind, AnyOperationKind>;

/**
 * The registry of the kinds the modules declare. Every kind of the contracts' union must have
 * exactly one declaration, so that no operation the API accepts lacks a way to apply it.
 */
export function operationRegistry(kinds: AnyOperationKind[]): OperationRegistry {
  const registry = new Map<OfflineOperationKind, AnyOperationKind>();
  for (const kind of kinds) {
    if (registry.has(kind.kind)) throw new Error(`Operation kind ${kind.kind} declared twice`);
    registry.set(kind.kind, kind);
  }
  const missing = offlineOperationSchemas
    .map((schema) => schema.shape.kind.value)
    .filter((name) => !registry.has(name));
  if (missing.length > 0) throw new Error(`Operation kinds without a declaration: ${missing}`);
  return registry;
}
