// The rule that settles concurrent edits of one mark, independent of the order operations arrive in.

/** What orders two edits of the same mark or head count. */
export type EditKey = { recordedAt: Date; deviceId: string; opId: string };

/**
 * True when edit `a` wins over edit `b`: the latest device time (`recordedAt`) wins; on equal
 * times the greater device id, then the greater operation id. A total order, so whichever
 * operation arrives first, the same one ends up as the current value. The database function
 * `tutti_apply_attendance_edits` (migration 0015) applies it; the property test holds it to this.
 *
 * @example winsOver({ recordedAt: new Date(2), deviceId: 'a', opId: '1' }, { recordedAt: new Date(1), deviceId: 'b', opId: '2' }) // true
 */
export function winsOver(a: EditKey, b: EditKey): boolean {
  const byTime = a.recordedAt.getTime() - b.recordedAt.getTime();
  if (byTime !== 0) return byTime > 0;
  if (a.deviceId !== b.deviceId) return a.deviceId > b.deviceId;
  return a.opId > b.opId;
}
