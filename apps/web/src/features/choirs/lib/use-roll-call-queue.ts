// A rehearsal's roll call on the device's operation log: record marks (kind choirs.attend) and
// show on each one whether it still waits to be sent, or was refused and why.
import type { AttendanceStatus } from '@tutti/contracts';
import { useMemo } from 'react';
import type { QueuedOperation } from '@/lib/offline/device-store';
import { useOfflineLog } from '@/lib/offline/use-offline-log';

export type LocalMark = {
  status: AttendanceStatus;
  state: 'pending' | 'refused';
  reason?: string;
  recordedAt: string;
};

/** The latest local mark of each singer at each rehearsal (`rehearsal|member`). */
export function localMarksOf(queue: QueuedOperation[]) {
  const marks = new Map<string, LocalMark>();
  for (const queued of queue) {
    const op = queued.operation;
    if (op.kind !== 'choirs.attend') continue;
    const key = `${op.rehearsalId}|${op.memberId}`;
    const current = marks.get(key);
    if (current && current.recordedAt > op.recordedAt) continue;
    marks.set(key, {
      status: op.status,
      state: queued.refused ? 'refused' : 'pending',
      recordedAt: op.recordedAt,
      ...(queued.refused ? { reason: queued.refused.reason } : {}),
    });
  }
  return marks;
}

export function useRollCallQueue(orgId: string, rehearsalId: string) {
  const log = useOfflineLog(orgId);
  const marks = useMemo(() => localMarksOf(log.queue), [log.queue]);
  const mark = (entries: { memberId: string; status: AttendanceStatus }[]) =>
    log.record(
      entries.map((entry) => ({
        kind: 'choirs.attend' as const,
        rehearsalId,
        memberId: entry.memberId,
        status: entry.status,
      })),
    );
  return { online: log.online, marks, mark };
}

export type RollCallQueue = ReturnType<typeof useRollCallQueue>;
