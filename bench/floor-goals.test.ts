import { describe, expect, test } from 'vitest';
import { floorGoalChecks, formatFloorChecks, type ScaleFigures } from './lib/floor-goals.ts';

/** A result with the figures the checks read; `over` replaces some. */
function result(entries: number, over: Partial<ScaleFigures> = {}): ScaleFigures {
  return {
    entries,
    clean: { wallSeconds: 60, peakRssMiB: 1500 },
    rebuild: { wallSeconds: 10 },
    rebuildShareOfClean: 0.17,
    floor: { wallSeconds: 20, peakRssMiB: 1000 },
    browser: { search: { resultsAfterMs: 250, transfer: { totalKiB: 280 } } },
    ...over,
  };
}
const find = (checks: ReturnType<typeof floorGoalChecks>, goal: string) => {
  const check = checks.find((c) => c.goal === goal);
  expect(check, goal).toBeDefined();
  return check!;
};

describe('the goals of issue 15', () => {
  test('meets the floor ratios at exactly 3 × the time and 1.5 × the memory, and not above', () => {
    const at = floorGoalChecks([result(5000)]);
    expect(find(at, '5,000: clean build ≤ 3 × the floor')).toMatchObject({ ratio: '3.00 ×', met: true });
    expect(find(at, '5,000: peak memory ≤ 1.5 × the floor')).toMatchObject({ ratio: '1.50 ×', met: true });
    const over = floorGoalChecks([result(5000, { clean: { wallSeconds: 60.2, peakRssMiB: 1501 } })]);
    expect(find(over, '5,000: clean build ≤ 3 × the floor').met).toBe(false);
    expect(find(over, '5,000: peak memory ≤ 1.5 × the floor').met).toBe(false);
  });

  test('checks the floor at every size that has one, and says so when none has', () => {
    const checks = floorGoalChecks([result(1000), result(5000), result(10000, { floor: undefined } as never)]);
    const floorGoals = checks.filter((c) => c.goal.includes('the floor'));
    expect(floorGoals.map((c) => c.goal.split(':')[0])).toEqual(['1,000', '1,000', '5,000', '5,000']);
    const none = floorGoalChecks([{ ...result(5000), floor: undefined } as never]);
    expect(none[0]).toMatchObject({ measured: 'floor not measured', met: null });
  });

  test('checks 20,000 against 4.5 × the 5,000 time and 5 GiB, 10,000 against 3.5 GiB and 300 KB', () => {
    const checks = floorGoalChecks([
      result(5000),
      result(10000, {
        clean: { wallSeconds: 130, peakRssMiB: 3.5 * 1024 },
        browser: { search: { resultsAfterMs: 1, transfer: { totalKiB: 293 } } },
      }),
      result(20000, { clean: { wallSeconds: 271, peakRssMiB: 5 * 1024 + 1 } }),
    ]);
    expect(find(checks, '10,000: peak memory ≤ 3.5 GiB').met).toBe(true);
    expect(find(checks, '20,000: peak memory ≤ 5 GiB').met).toBe(false);
    expect(find(checks, '20,000 ≤ 4.5 × the 5,000 time')).toMatchObject({ ratio: '4.52 ×', met: false });
    // 293 KiB is 300,032 bytes: just over 300 KB.
    expect(find(checks, '10,000: first search ≤ 300 KB in total').met).toBe(false);
  });

  test('lists a goal whose size was not measured, or whose rebuild was skipped, as not measured', () => {
    const checks = floorGoalChecks([{ ...result(5000), rebuild: undefined, rebuildShareOfClean: undefined } as never]);
    for (const goal of [
      '10,000: peak memory ≤ 3.5 GiB',
      '20,000: builds, peak memory ≤ 5 GiB',
      '20,000 ≤ 4.5 × the 5,000 time',
      '5,000: rebuild after one edit ≤ 25 % of a clean build',
      '10,000: first search ≤ 300 KB in total',
    ])
      expect(find(checks, goal)).toMatchObject({ measured: 'not measured', met: null });
    expect(find(checks, '5,000: results ≤ 300 ms after the last keystroke').met).toBe(true);
    expect(find(checks, 'render time independent of corpus shape').met).toBe(null);
    expect(formatFloorChecks(checks)).toContain('| 20,000 ≤ 4.5 × the 5,000 time | not measured |  | – |');
  });
});
