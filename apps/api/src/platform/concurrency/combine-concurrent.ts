// Group commit: inputs of one key that arrive while a run of that key is under way wait for it,
// then run together in one call, instead of each paying for its own transaction.

type Waiting<I, O> = { input: I; resolve(output: O): void; reject(error: unknown): void };

export type CombineOptions<I> = {
  keyOf(input: I): string;
  /** How much an input weighs (its operations); a run takes inputs up to `maxWeight` in all. */
  weightOf(input: I): number;
  maxWeight: number;
};

/**
 * Returns a function that runs `work` for one input. An input whose key has no run under way
 * starts one at once, alone, so nothing waits on a quiet server; inputs that arrive during a run
 * wait for it and then go together, in arrival order. `work` answers one output per input. When
 * a combined run fails, its inputs run again one by one, so that one bad input fails only itself.
 */
export function combineConcurrent<I, O>(
  work: (inputs: I[]) => Promise<O[]>,
  options: CombineOptions<I>,
): (input: I) => Promise<O> {
  const queues = new Map<string, Waiting<I, O>[]>();

  async function drain(key: string, queue: Waiting<I, O>[]) {
    while (queue.length > 0) {
      let weight = 0;
      let taken = 0;
      while (taken < queue.length) {
        weight += options.weightOf(queue[taken]!.input);
        if (taken > 0 && weight > options.maxWeight) break;
        taken += 1;
      }
      await runTogether(queue.splice(0, taken));
    }
    queues.delete(key);
  }

  async function runTogether(group: Waiting<I, O>[]) {
    try {
      const outputs = await work(group.map((waiting) => waiting.input));
      for (const [index, waiting] of group.entries()) waiting.resolve(outputs[index]!);
    } catch (error) {
      if (group.length === 1) return group[0]!.reject(error);
      for (const waiting of group) {
        await work([waiting.input]).then(([output]) => waiting.resolve(output!), waiting.reject);
      }
    }
  }

  return (input) =>
    new Promise<O>((resolve, reject) => {
      const key = options.keyOf(input);
      const queue = queues.get(key);
      if (queue) {
        queue.push({ input, resolve, reject });
        return;
      }
      const started: Waiting<I, O>[] = [{ input, resolve, reject }];
      queues.set(key, started);
      void drain(key, started);
    });
}
