// inTurn starts each step only when the previous one has answered, and keeps their order.
import { describe, expect, it } from 'vitest';
import { inTurn } from './in-turn';

describe('inTurn', () => {
  it('never has two steps running at once, and returns the results in order', async () => {
    let running = 0;
    let most = 0;
    const step = (value: string, ms: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return value;
    };
    const results = await inTurn(step('a', 15), step('b', 1), step('c', 5));
    expect(results).toEqual(['a', 'b', 'c']);
    expect(most).toBe(1);
  });

  it('stops at the first failure', async () => {
    let after = false;
    const failing = inTurn(
      async () => {
        throw new Error('refused');
      },
      async () => {
        after = true;
        return 1;
      },
    );
    await expect(failing).rejects.toThrow('refused');
    expect(after).toBe(false);
  });
});
