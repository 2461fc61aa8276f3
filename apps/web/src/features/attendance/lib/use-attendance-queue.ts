// Attendance on the device's operation log: record marks and head counts, and show on each one
// whether it still waits to be sent (or was refused, and why).
import type { AttendanceStatus } from '@tutti/contracts';
import { useMemo } from 'react';
import type { QueuedOperation } from '@/lib/offline/device-store';
import { useOfflineLog } from '@/lib/offline/use-offline-log';

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
    if (op.kind !== 'attendance.mark' && op.kind !== 'attendance.headcount') continue;
    const key =
      op.kind === 'attendance.mark'
        ? `${op.sessionId}|${op.participantId}`
        : `${op.sessionId}|${op.groupId ?? ''}|`;
    const current = edits.get(key);
    if (current && current.recordedAt > op.recordedAt) continue;
    edits.set(key, {
      value: op.kind === 'attendance.mark' ? op.status : op.count,
      state: queued.refused ? 'refused' : 'pending',
      recordedAt: op.recordedAt,
      ...(queued.refused ? { reason: queued.refused.reason } : {}),
    });
  }
  return edits;
}

export function useAttendanceQueue(orgId: string) {
  const log = useOfflineLog(orgId);
  const edits = useMemo(() => localEditsOf(log.queue), [log.queue]);
  return { online: log.online, record: log.record, edits };
}

export type AttendanceQueue = ReturnType<typeof useAttendanceQueue>;
