// Queries of one transaction run on one connection, which answers one query at a time: started
// together (Promise.all) they only queue inside the driver, which node-postgres deprecates.

type Results<T extends readonly (() => PromiseLike<unknown>)[]> = {
  -readonly [K in keyof T]: Awaited<ReturnType<T[K]>>;
};

/**
 * Runs each step after the previous one and returns their results in order.
 *
 * @example const [windows, closures] = await inTurn(() => tx.select()…, () => tx.select()…);
 */
export async function inTurn<const T extends readonly (() => PromiseLike<unknown>)[]>(
  ...steps: T
): Promise<Results<T>> {
  const results: unknown[] = [];
  for (const step of steps) results.push(await step());
  return results as Results<T>;
}
