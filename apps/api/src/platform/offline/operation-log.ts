// The one way to apply offline operations of any kind: batches from devices, each operation applied
// exactly once, in any order of arrival, settled by its kind's conflict rule.
import type { OperationResult, ParsedOfflineOperation } from '@tutti/contracts';
import type { Tx } from '@tutti/db';
import { type OrgActor, requirePermission } from '../auth/request-auth';
import type { AnyOperationKind, OperationRegistry, Refusal } from './operation-kinds';
import * as receipts from './operation-receipts';

/** Device clocks may be off; beyond a day ahead of the server, an operation is refused. */
export const MAX_CLOCK_AHEAD_MS = 24 * 3600 * 1000;

const clockAhead: Refusal = {
  reason: 'OFFLINE.RECORDED_IN_FUTURE',
  message: "Recorded more than a day ahead of the server's clock; check the device's date",
};

/**
 * Applies a batch from a device (or a desktop). The actor needs the permission of every kind in
 * it (else 403, nothing changes). Every operation then gets its own answer: `applied`,
 * `superseded` (logged, another edit wins), `duplicate` (its op id was received before, nothing
 * changes) or `refused` with the reason (not logged, so it can be sent again once fixed).
 */
export async function applyOperations(request: {
  actor: OrgActor;
  registry: OperationRegistry;
  batch: ParsedOfflineOperation[];
}): Promise<OperationResult[]> {
  const { actor, registry, batch } = request;
  const kinds = [...new Set(batch.map((op) => op.kind))].sort().map((name) => registry.get(name)!);
  for (const kind of kinds) requirePermission(actor, kind.permission);
  return retryOnLockConflict(() =>
    actor.inTenant((tx) => applyBatch(tx, actor, kinds, order(batch, registry))),
  );
}

type Indexed = { index: number; op: ParsedOfflineOperation };

async function applyBatch(
  tx: Tx,
  actor: OrgActor,
  kinds: AnyOperationKind[],
  batch: Indexed[],
): Promise<OperationResult[]> {
  const results: OperationResult[] = new Array(batch.length);
  const answer = (item: Indexed, outcome: Omit<OperationResult, 'opId'>) => {
    results[item.index] = { opId: item.op.opId, ...outcome };
  };
  const seen = await receipts.receivedBefore(
    tx,
    batch.map((item) => item.op.opId),
  );
  const latest = Date.now() + MAX_CLOCK_AHEAD_MS;
  const accepted = new Map<AnyOperationKind, Indexed[]>();
  const taken = new Set<string>();
  for (const kind of kinds) {
    const candidates = batch.filter((item) => item.op.kind === kind.kind);
    const fresh = candidates.filter((item) => !seen.has(item.op.opId));
    const facts =
      fresh.length > 0
        ? await kind.readFacts(
            tx,
            actor,
            fresh.map((i) => i.op),
          )
        : null;
    const kept: Indexed[] = [];
    for (const item of candidates) {
      if (seen.has(item.op.opId) || taken.has(item.op.opId)) {
        answer(item, { outcome: 'duplicate' });
        continue;
      }
      const refusal =
        new Date(item.op.recordedAt).getTime() > latest
          ? clockAhead
          : kind.refusalOf(item.op, facts, actor);
      if (refusal) answer(item, { outcome: 'refused', ...refusal });
      else {
        taken.add(item.op.opId);
        kept.push(item);
      }
    }
    accepted.set(kind, kept);
  }
  const written = await receipts.writeReceipts(
    tx,
    [...accepted.values()].flat().map(({ op }) => ({
      op_id: op.opId,
      org_id: actor.orgId,
      kind: op.kind,
      device_id: op.deviceId,
      user_id: actor.userId,
      recorded_at: new Date(op.recordedAt).toISOString(),
    })),
  );
  for (const [kind, items] of accepted) {
    // Logged meanwhile by a batch that ran at the same time: it applied them.
    for (const item of items)
      if (!written.has(item.op.opId)) answer(item, { outcome: 'duplicate' });
    const fresh = items.filter((item) => written.has(item.op.opId));
    if (fresh.length === 0) continue;
    const outcomes = await kind.apply(
      tx,
      actor,
      fresh.map((item) => item.op),
    );
    fresh.forEach((item, n) => {
      answer(item, { outcome: outcomes[n]! });
    });
  }
  return results;
}

/** The batch in (kind, target, op id) order, each operation keeping its place in the answer. */
function order(batch: ParsedOfflineOperation[], registry: OperationRegistry): Indexed[] {
  const keyed = batch.map((op, index) => ({
    index,
    op,
    key: `${op.kind}|${registry.get(op.kind)!.targetOf(op)}|${op.opId}`,
  }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index));
  return keyed.map(({ index, op }) => ({ index, op }));
}

/** Attempts when PostgreSQL aborts a transaction for a deadlock or a serialisation failure. */
const LOCK_CONFLICT_ATTEMPTS = 3;

/**
 * Runs the whole batch again when PostgreSQL gave up on it (it rolled everything back): the
 * batch is idempotent, so a retry is safe, and the client gets an answer rather than a 500.
 */
async function retryOnLockConflict<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      const code = (error as { cause?: { code?: string }; code?: string }).cause?.code;
      if (attempt >= LOCK_CONFLICT_ATTEMPTS || (code !== '40P01' && code !== '40001')) throw error;
    }
  }
}
