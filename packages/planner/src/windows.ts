// Time-window arithmetic on a job's merged, sorted windows (O(1) for one window, O(log k) for k).
import type { Instance } from './instance';

/** Earliest service start at or after `arrivalMin`, or +Infinity when every window has closed. */
export function earliestStart(inst: Instance, job: number, arrivalMin: number): number {
  const from = inst.twOffset[job]!;
  const to = inst.twOffset[job + 1]!;
  const ends = inst.twEnd;
  if (to - from === 1) {
    if (arrivalMin > ends[from]!) return Number.POSITIVE_INFINITY;
    const open = inst.twStart[from]!;
    return Math.max(arrivalMin, open);
  }
  // First window whose end is not before the arrival.
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ends[mid]! < arrivalMin) lo = mid + 1;
    else hi = mid;
  }
  if (lo === to) return Number.POSITIVE_INFINITY;
  const open = inst.twStart[lo]!;
  return Math.max(arrivalMin, open);
}

/** Latest service start not after `boundMin`, or -Infinity when no window opens early enough. */
export function latestStart(inst: Instance, job: number, boundMin: number): number {
  const from = inst.twOffset[job]!;
  const to = inst.twOffset[job + 1]!;
  const starts = inst.twStart;
  if (to - from === 1) {
    if (boundMin < starts[from]!) return Number.NEGATIVE_INFINITY;
    const close = inst.twEnd[from]!;
    return Math.min(boundMin, close);
  }
  // Last window whose start is not after the bound.
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= boundMin) lo = mid + 1;
    else hi = mid;
  }
  if (lo === from) return Number.NEGATIVE_INFINITY;
  const close = inst.twEnd[lo - 1]!;
  return Math.min(boundMin, close);
}

/** Earliest opening and latest closing over all windows of a job. */
export function windowSpan(inst: Instance, job: number): { openMin: number; closeMin: number } {
  return {
    openMin: inst.twStart[inst.twOffset[job]!]!,
    closeMin: inst.twEnd[inst.twOffset[job + 1]! - 1]!,
  };
}
