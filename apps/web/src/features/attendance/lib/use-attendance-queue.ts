// The device's attendance queue for one organisation: record taps, show what is not yet sent,
// and send it whenever there is a network (at once, on reconnection, and every 30 s meanwhile).
import { useQueryClient } from '@tanstack/react-query';
import type { AttendanceOperation, AttendanceStatus } from '@tutti/contracts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { isApiError } from '@/lib/api-client';
import { attendanceQueryKey } from '../api/keys';
import {
  deviceId,
  dismissRefused,
  enqueue,
  listQueue,
  newUuid,
  onQueueChange,
  type QueuedOperation,
} from './offline-store';
import { syncQueue } from './sync';
import { useOnline } from './use-online';

const RETRY_EVERY_MS = 30_000;

type Draft =
  | { kind: 'mark'; sessionId: string; participantId: string; status: AttendanceStatus }
  | { kind: 'headcount'; sessionId: string; groupId: string | null; count: number };

export type LocalEdit = {
  value: AttendanceStatus | number;
  state: 'pending' | 'refused';
  reason?: string;
};

/** The latest local edit of each mark (`session|participant`) or count (`session|group|`). */
export function localEditsOf(queue: QueuedOperation[]) {
  const edits = new Map<string, LocalEdit & { recordedAt: string }>();
  for (const queued of queue) {
    const op = queued.operation;
    const key =
      op.kind === 'mark'
        ? `${op.sessionId}|${op.participantId}`
        : `${op.sessionId}|${op.groupId ?? ''}|`;
    const current = edits.get(key);
    if (current && current.recordedAt > op.recordedAt) continue;
    edits.set(key, {
      value: op.kind === 'mark' ? op.status : op.count,
      state: queued.refused ? 'refused' : 'pending',
      recordedAt: op.recordedAt,
      ...(queued.refused ? { reason: queued.refused.reason } : {}),
    });
  }
  return edits;
}

export function useAttendanceQueue(orgId: string) {
  const queryClient = useQueryClient();
  const online = useOnline();
  const [queue, setQueue] = useState<QueuedOperation[]>([]);
  const [syncing, setSyncing] = useState(false);
  const [lastSyncAt, setLastSyncAt] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const reload = useCallback(async () => setQueue(await listQueue(orgId)), [orgId]);
  useEffect(() => {
    void reload();
    return onQueueChange(() => void reload());
  }, [reload]);

  const sync = useCallback(async () => {
    if (!navigator.onLine) return;
    setSyncing(true);
    try {
      const outcome = await syncQueue(orgId);
      setLastSyncAt(new Date().toISOString());
      setError(null);
      if (outcome.sent > 0) {
        await queryClient.invalidateQueries({ queryKey: attendanceQueryKey(orgId) });
      }
    } catch (caught) {
      // No network after all: the queue waits for the next chance.
      if (!isApiError(caught, 'CLIENT.NETWORK')) setError(caught);
    } finally {
      setSyncing(false);
    }
  }, [orgId, queryClient]);

  const pendingCount = queue.filter((queued) => !queued.refused).length;
  useEffect(() => {
    if (!online || pendingCount === 0) return;
    const soon = setTimeout(() => void sync(), 500);
    const retry = setInterval(() => void sync(), RETRY_EVERY_MS);
    return () => {
      clearTimeout(soon);
      clearInterval(retry);
    };
  }, [online, pendingCount, sync]);

  const record = useCallback(
    async (drafts: Draft[]) => {
      const device = await deviceId();
      const recordedAt = new Date().toISOString();
      await enqueue(
        orgId,
        drafts.map(
          (draft) =>
            ({ ...draft, opId: newUuid(), deviceId: device, recordedAt }) as AttendanceOperation,
        ),
      );
    },
    [orgId],
  );

  const edits = useMemo(() => localEditsOf(queue), [queue]);
  return {
    online,
    syncing,
    lastSyncAt,
    error,
    pendingCount,
    refusedCount: queue.length - pendingCount,
    edits,
    record,
    sync,
    dismissRefused: () => dismissRefused(orgId),
  };
}

export type AttendanceQueue = ReturnType<typeof useAttendanceQueue>;
