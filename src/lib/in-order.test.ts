import { afterEach, describe, expect, test, vi } from 'vitest';
import { startInOrder } from './in-order.ts';

/** A task that finishes when told to, recording when it started. */
function gate() {
  let open!: () => void;
  let fail!: (e: Error) => void;
  const done = new Promise<void>((resolve, reject) => {
    open = resolve;
    fail = reject;
  });
  return { done, open, fail };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('startInOrder', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  test('starts every item in order and never has more than the limit unfinished', async () => {
    // Fake timers: the tasks finish out of order (later items sooner) without the test waiting.
    vi.useFakeTimers();
    const started: number[] = [];
    let unfinished = 0;
    let most = 0;
    const run = startInOrder([1, 2, 3, 4, 5, 6, 7], 3, async (n) => {
      started.push(n);
      unfinished++;
      most = Math.max(most, unfinished);
      await new Promise((r) => setTimeout(r, (7 - n) * 2));
      unfinished--;
    });
    await vi.runAllTimersAsync();
    await run;
    expect(started).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(most).toBe(3);
  });

  test('waits for a free place before starting the next item', async () => {
    const gates = [gate(), gate(), gate()];
    const started: number[] = [];
    const run = startInOrder([0, 1, 2], 2, (n) => {
      started.push(n);
      return gates[n]!.done;
    });
    await tick();
    expect(started).toEqual([0, 1]);
    gates[1]!.open();
    await tick();
    expect(started).toEqual([0, 1, 2]);
    gates[0]!.open();
    gates[2]!.open();
    await run;
  });

  test('reports the first failure, after the started tasks settle, and starts nothing more', async () => {
    const started: number[] = [];
    const run = startInOrder([0, 1, 2, 3], 2, async (n) => {
      started.push(n);
      if (n === 1) throw new Error('side 1 kunne ikke indekseres');
    });
    await expect(run).rejects.toThrow('side 1 kunne ikke indekseres');
    expect(started).not.toContain(3);
  });

  test('refuses a limit below one', async () => {
    await expect(startInOrder([1], 0, async () => {})).rejects.toThrow(RangeError);
  });
});
