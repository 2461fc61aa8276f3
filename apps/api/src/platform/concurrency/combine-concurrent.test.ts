// Group commit: what arrives during a run of the same key goes together in the next one.
import { describe, expect, it } from 'vitest';
import { combineConcurrent } from './combine-concurrent';

type Input = { key: string; items: number[] };

/** A work function that records its calls and answers each input with its items doubled. */
function recordingWork(fail?: (inputs: Input[]) => boolean) {
  const calls: number[][][] = [];
  const work = async (inputs: Input[]) => {
    calls.push(inputs.map((input) => input.items));
    await new Promise((resolve) => setTimeout(resolve, 5));
    if (fail?.(inputs)) throw new Error('refused by the database');
    return inputs.map((input) => input.items.map((n) => n * 2));
  };
  return { calls, work };
}

const options = {
  keyOf: (input: Input) => input.key,
  weightOf: (input: Input) => input.items.length,
  maxWeight: 4,
};

describe('combineConcurrent', () => {
  it('runs a lone input at once, and inputs arriving meanwhile together in the next run', async () => {
    const { calls, work } = recordingWork();
    const run = combineConcurrent(work, options);
    const answers = await Promise.all([
      run({ key: 'a', items: [1] }),
      run({ key: 'a', items: [2] }),
      run({ key: 'a', items: [3, 4] }),
    ]);
    expect(answers).toEqual([[2], [4], [6, 8]]);
    expect(calls).toEqual([[[1]], [[2], [3, 4]]]);
  });

  it('keeps keys apart and runs them side by side', async () => {
    const { calls, work } = recordingWork();
    const run = combineConcurrent(work, options);
    const answers = await Promise.all([
      run({ key: 'a', items: [1] }),
      run({ key: 'b', items: [2] }),
    ]);
    expect(answers).toEqual([[2], [4]]);
    expect(calls).toEqual([[[1]], [[2]]]);
  });

  it('takes no more than the weight allowed in one run', async () => {
    const { calls, work } = recordingWork();
    const run = combineConcurrent(work, options);
    await Promise.all(
      [[1], [2, 3], [4, 5], [6], [7, 8, 9, 10, 11]].map((items) => run({ key: 'a', items })),
    );
    expect(calls).toEqual([
      [[1]],
      [
        [2, 3],
        [4, 5],
      ],
      [[6]],
      [[7, 8, 9, 10, 11]],
    ]);
  });

  it('runs the inputs of a failed combined run one by one: one bad input fails alone', async () => {
    const { calls, work } = recordingWork((inputs) => inputs.some((i) => i.items.includes(13)));
    const run = combineConcurrent(work, options);
    const first = run({ key: 'a', items: [1] });
    const answers = await Promise.allSettled([
      run({ key: 'a', items: [2] }),
      run({ key: 'a', items: [13] }),
      run({ key: 'a', items: [3] }),
    ]);
    expect(await first).toEqual([2]);
    expect(answers.map((a) => (a.status === 'fulfilled' ? a.value : 'failed'))).toEqual([
      [4],
      'failed',
      [6],
    ]);
    expect(calls).toEqual([[[1]], [[2], [13], [3]], [[2]], [[13]], [[3]]]);
    // The key is free again afterwards.
    expect(await run({ key: 'a', items: [5] })).toEqual([10]);
  });
});
