// How a phone's offline operations reach the server in property tests: each operation sent one to
// three times, the copies in any order, cut into batches of any size. One generator for every
// offline kind (attendance, door, …), so each property test states only its own gestures.
import fc from 'fast-check';

/** The delivery of one device's operations, drawn by fast-check. */
export type DeliveryPlan = { copies: number[]; seed: number; batchSizes: number[] };

/** A delivery plan for up to `operations` operations, in batches of 1 to `maxBatch`. */
export function deliveryPlan(operations: number, maxBatch: number): fc.Arbitrary<DeliveryPlan> {
  return fc.record({
    copies: fc.array(fc.integer({ min: 1, max: 3 }), {
      minLength: operations,
      maxLength: operations,
    }),
    seed: fc.integer(),
    batchSizes: fc.array(fc.integer({ min: 1, max: maxBatch }), { minLength: 30, maxLength: 30 }),
  });
}

/** The batches the server receives: the copies shuffled from the plan's seed, then cut. */
export function deliveryBatches<T>(plan: DeliveryPlan, operations: T[]): T[][] {
  const sent = operations.flatMap((op, i) =>
    Array.from({ length: plan.copies[i % plan.copies.length]! }, () => op),
  );
  const order = shuffled(sent, plan.seed);
  const batches: T[][] = [];
  for (let start = 0, k = 0; start < order.length; k++) {
    const size = plan.batchSizes[k % plan.batchSizes.length]!;
    batches.push(order.slice(start, start + size));
    start += size;
  }
  return batches;
}

/** A copy of `items` in an order drawn from `seed` (Fisher–Yates), the same for the same seed. */
export function shuffled<T>(items: readonly T[], seed: number): T[] {
  const copy = [...items];
  const random = mulberry32(seed);
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** A small seeded generator, so a failing case replays with the same shuffle. */
function mulberry32(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x ^= x + Math.imul(x ^ (x >>> 7), 61 | x);
    return ((x ^ (x >>> 14)) >>> 0) / 4_294_967_296;
  };
}
