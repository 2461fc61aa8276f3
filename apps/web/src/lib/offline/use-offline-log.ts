// The device's operation log for one organisation, as React sees it: record operations of any
// kind, see what is not yet sent and whether the network is there, send now or let it send itself.
import { useQueryClient } from '@tanstack/react-query';
import type { OfflineOperation } from '@tutti/contracts';
import { useCallback, useEffect, useState, useSyncExternalStore } from 'react';
import { isApiError } from '@/lib/api-client';
import { connectivity, subscribeConnectivity } from './connectivity';
import {
  deviceId,
  dismissRefused,
  enqueue,
  listQueue,
  newUuid,
  onQueueChange,
  type QueuedOperation,
} from './device-store';
import { syncQueue } from './sync';

const RETRY_EVERY_MS = 30_000;

type WithoutEnvelope<T> = T extends unknown ? Omit<T, 'opId' | 'deviceId' | 'recordedAt'> : never;
/** An operation as a feature writes it; the log adds its op id, device id and time. */
export type OperationDraft = WithoutEnvelope<OfflineOperation>;

type SyncState = { syncing: boolean; lastSyncAt: string | null; error: unknown };
const syncStates = new Map<string, SyncState>();
const syncListeners = new Set<() => void>();
const idle: SyncState = { syncing: false, lastSyncAt: null, error: null };

function setSyncState(orgId: string, change: Partial<SyncState>) {
  syncStates.set(orgId, { ...(syncStates.get(orgId) ?? idle), ...change });
  for (const listener of syncListeners) listener();
}

function subscribeSync(listener: () => void) {
  syncListeners.add(listener);
  return () => {
    syncListeners.delete(listener);
  };
}

export function useConnectivity() {
  return useSyncExternalStore(subscribeConnectivity, connectivity, connectivity);
}

/** Records, lists and sends the organisation's operations; every page can use it. */
export function useOfflineLog(orgId: string) {
  const queryClient = useQueryClient();
  const network = useConnectivity();
  const state = useSyncExternalStore(subscribeSync, () => syncStates.get(orgId) ?? idle);
  const [queue, setQueue] = useState<QueuedOperation[]>([]);

  const reload = useCallback(async () => setQueue(await listQueue(orgId)), [orgId]);
  useEffect(() => {
    void reload();
    return onQueueChange(() => void reload());
  }, [reload]);

  const sync = useCallback(async () => {
    if (!connectivity().online) return;
    setSyncState(orgId, { syncing: true });
    try {
      const outcome = await syncQueue(orgId);
      setSyncState(orgId, { syncing: false, lastSyncAt: new Date().toISOString(), error: null });
      // What the server now holds differs from what the pages show: read it again.
      if (outcome.sent > 0) await queryClient.invalidateQueries({ queryKey: ['orgs', orgId] });
    } catch (caught) {
      // No network after all: the queue waits for the next chance.
      setSyncState(orgId, {
        syncing: false,
        error: isApiError(caught, 'CLIENT.NETWORK') ? null : caught,
      });
    }
  }, [orgId, queryClient]);

  const record = useCallback(
    async (drafts: OperationDraft[]) => {
      const device = await deviceId();
      const recordedAt = new Date().toISOString();
      const operations = drafts.map(
        (draft) =>
          ({ ...draft, opId: newUuid(), deviceId: device, recordedAt }) as OfflineOperation,
      );
      await enqueue(orgId, operations);
      // What was recorded, with its op ids: a later operation may refer to one (a door's answer).
      return operations;
    },
    [orgId],
  );

  const pendingCount = queue.filter((queued) => !queued.refused).length;
  return {
    online: network.online,
    offlineSince: network.since,
    ...state,
    queue,
    pendingCount,
    refusedCount: queue.length - pendingCount,
    record,
    sync,
    dismissRefused: () => dismissRefused(orgId),
  };
}

export type OfflineLog = ReturnType<typeof useOfflineLog>;

/**
 * Sends what waits whenever the server can be reached: at once, when the network comes back, and
 * every 30 s meanwhile. Called once, by the status bar every organisation page shows.
 */
export function useAutoSync(log: OfflineLog) {
  const { online, pendingCount, sync } = log;
  useEffect(() => {
    if (!online || pendingCount === 0) return;
    const soon = setTimeout(() => void sync(), 500);
    const retry = setInterval(() => void sync(), RETRY_EVERY_MS);
    return () => {
      clearTimeout(soon);
      clearInterval(retry);
    };
  }, [online, pendingCount, sync]);
}
