// Sends the queued operations in batches; each answer removes, or marks refused, its operation.
import { MAX_OPERATIONS_PER_BATCH } from '@tutti/contracts';
import { apiClient, unwrap } from '@/lib/api-client';
import { listQueue, markRefused, removeFromQueue } from './device-store';

export type SyncOutcome = { sent: number; applied: number; refused: number };

const running = new Map<string, Promise<SyncOutcome>>();

/**
 * Sends every operation of the organisation not yet accepted, oldest first. Safe to call at any
 * time and as often as wanted: one sync per organisation runs at once, and the server applies
 * each op id exactly once, so a batch sent twice (an answer lost on the way back) changes nothing.
 */
export function syncQueue(orgId: string): Promise<SyncOutcome> {
  const current = running.get(orgId);
  if (current) return current;
  const work = (async () => {
    const outcome: SyncOutcome = { sent: 0, applied: 0, refused: 0 };
    const queue = (await listQueue(orgId)).filter((queued) => !queued.refused);
    for (let start = 0; start < queue.length; start += MAX_OPERATIONS_PER_BATCH) {
      const batch = queue.slice(start, start + MAX_OPERATIONS_PER_BATCH);
      const { results } = await unwrap(
        apiClient.POST('/api/orgs/{orgId}/offline/operations', {
          params: { path: { orgId } },
          body: { operations: batch.map((queued) => queued.operation) },
        }),
      );
      const refused = results.filter((r) => r.outcome === 'refused');
      await markRefused(
        refused.map((r) => ({ opId: r.opId, reason: r.reason ?? '', message: r.message ?? '' })),
      );
      await removeFromQueue(results.filter((r) => r.outcome !== 'refused').map((r) => r.opId));
      outcome.sent += batch.length;
      outcome.applied += results.filter((r) => r.outcome === 'applied').length;
      outcome.refused += refused.length;
    }
    return outcome;
  })().finally(() => running.delete(orgId));
  running.set(orgId, work);
  return work;
}
