// The suggested split of a concert's free seats across relays: in proportion to a weight that
// grows with how far the communes their groups come from are from live music (the access score,
// 0–100) and with the share of those communes that hold a priority neighbourhood (×100).
import type { CommuneAccessFigures } from '../territories';

export type RelayWeight = {
  /** Communes of its groups whose access is known, each group counted once. */
  communes: number;
  accessScore: number | null;
  priorityShare: number | null;
  weight: number;
};

const round1 = (value: number) => Math.round(value * 10) / 10;

/** A relay's weight from the communes of its groups (one code per group). */
export function weighRelay(
  communeCodes: string[],
  access: ReadonlyMap<string, CommuneAccessFigures>,
): RelayWeight {
  const known = communeCodes.flatMap((code) => {
    const figures = access.get(code);
    return figures ? [figures] : [];
  });
  if (known.length === 0) return { communes: 0, accessScore: null, priorityShare: null, weight: 0 };
  const accessScore = known.reduce((sum, figures) => sum + figures.score, 0) / known.length;
  const priorityKnown = known.filter((figures) => figures.priorityArea !== null);
  const priorityShare =
    priorityKnown.length === 0
      ? null
      : priorityKnown.filter((figures) => figures.priorityArea).length / priorityKnown.length;
  return {
    communes: known.length,
    accessScore: round1(accessScore),
    priorityShare: priorityShare === null ? null : round1(priorityShare * 100) / 100,
    weight: round1(accessScore + 100 * (priorityShare ?? 0)),
  };
}

/**
 * Splits `seats` in proportion to `weights` by largest remainders (ties to the heavier, then to
 * the first): the parts always add up to `seats`. With no weight at all, the split is even.
 *
 * @example splitSeats(10, [30, 10]) // [8, 2]
 */
export function splitSeats(seats: number, weights: number[]): number[] {
  if (weights.length === 0) return [];
  const total = weights.reduce((sum, weight) => sum + weight, 0);
  const shares = total > 0 ? weights : weights.map(() => 1);
  const sum = total > 0 ? total : weights.length;
  const quotas = shares.map((share) => (seats * share) / sum);
  const parts = quotas.map(Math.floor);
  let left = seats - parts.reduce((acc, part) => acc + part, 0);
  const order = quotas
    .map((quota, index) => ({ index, fraction: quota - Math.floor(quota), share: shares[index]! }))
    .sort((a, b) => b.fraction - a.fraction || b.share - a.share || a.index - b.index);
  for (const { index } of order) {
    if (left <= 0) break;
    parts[index] = (parts[index] ?? 0) + 1;
    left -= 1;
  }
  return parts;
}
