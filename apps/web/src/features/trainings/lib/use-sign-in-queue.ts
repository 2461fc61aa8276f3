// A training's sign-in on the device's operation log: record sign-ins (kind trainings.sign) and
// show on each one whether it still waits to be sent, or was refused and why.
import { useMemo } from 'react';
import type { QueuedOperation } from '@/lib/offline/device-store';
import { useOfflineLog } from '@/lib/offline/use-offline-log';

export type LocalSignIn = {
  present: boolean;
  state: 'pending' | 'refused';
  reason?: string;
  recordedAt: string;
};

/** The latest local sign-in of each person at each half-day (`person|halfDay`). */
export function localSignInsOf(queue: QueuedOperation[], trainingId: string) {
  const signIns = new Map<string, LocalSignIn>();
  for (const queued of queue) {
    const op = queued.operation;
    if (op.kind !== 'trainings.sign' || op.trainingId !== trainingId) continue;
    const key = `${op.personId}|${op.halfDay}`;
    const current = signIns.get(key);
    if (current && current.recordedAt > op.recordedAt) continue;
    signIns.set(key, {
      present: op.present,
      state: queued.refused ? 'refused' : 'pending',
      recordedAt: op.recordedAt,
      ...(queued.refused ? { reason: queued.refused.reason } : {}),
    });
  }
  return signIns;
}

export function useSignInQueue(orgId: string, trainingId: string) {
  const log = useOfflineLog(orgId);
  const signIns = useMemo(() => localSignInsOf(log.queue, trainingId), [log.queue, trainingId]);
  const sign = (entries: { personId: string; halfDay: string; present: boolean }[]) =>
    log.record(entries.map((entry) => ({ kind: 'trainings.sign' as const, trainingId, ...entry })));
  return { online: log.online, signIns, sign };
}

export type SignInQueue = ReturnType<typeof useSignInQueue>;
