/**
 * The goals of issue 15 («Scale, second round»), checked against the figures that exist. Build
 * time and memory are goals as ratios to the floor (bench/lib/floor.ts) measured in the same run;
 * the others are absolute, as the issue states them. A goal whose figures were not measured in
 * any run is listed with `met: null`, so that the report says what it did not measure.
 */
export interface FloorFigures {
  wallSeconds: number;
  peakRssMiB: number;
}

/** What the issue-15 checks read from a result (bench/lib/report.ts `Result` has these). */
export interface ScaleFigures {
  entries: number;
  clean: { wallSeconds: number; peakRssMiB: number };
  rebuild?: { wallSeconds: number };
  rebuildShareOfClean?: number;
  floor?: FloorFigures;
  browser: { search: { resultsAfterMs: number; transfer: { totalKiB: number } } };
}

export interface FloorCheck {
  goal: string;
  measured: string;
  /** Our figure divided by the floor's, where the goal is a ratio to the floor. */
  ratio?: string;
  met: boolean | null;
}

const GiB = 1024;
const ratio = (ours: number, floor: number) => ours / floor;
const times = (x: number) => `${x.toFixed(2)} ×`;

/** Each goal of issue 15, in the order. */
export function floorGoalChecks(results: readonly ScaleFigures[]): FloorCheck[] {
  const at = (n: number) => results.find((r) => r.entries === n);
  const checks: FloorCheck[] = [];
  const floored = results.filter((r) => r.floor);
  if (floored.length === 0)
    checks.push({
      goal: 'clean build ≤ 3 × the floor, peak memory ≤ 1.5 × the floor',
      measured: 'floor not measured',
      met: null,
    });
  for (const r of floored) {
    const n = r.entries.toLocaleString('en');
    const t = ratio(r.clean.wallSeconds, r.floor!.wallSeconds);
    const m = ratio(r.clean.peakRssMiB, r.floor!.peakRssMiB);
    checks.push(
      {
        goal: `${n}: clean build ≤ 3 × the floor`,
        measured: `${r.clean.wallSeconds} s vs ${r.floor!.wallSeconds} s`,
        ratio: times(t),
        met: t <= 3,
      },
      {
        goal: `${n}: peak memory ≤ 1.5 × the floor`,
        measured: `${(r.clean.peakRssMiB / GiB).toFixed(2)} GiB vs ${(r.floor!.peakRssMiB / GiB).toFixed(2)} GiB`,
        ratio: times(m),
        met: m <= 1.5,
      },
    );
  }
  // The benchmark builds one corpus shape; the second shape comes with the generator's `--shape`.
  checks.push({ goal: 'render time independent of corpus shape', measured: 'one shape measured', met: null });
  const r5 = at(5000);
  const r10 = at(10000);
  const r20 = at(20000);
  checks.push(
    r10
      ? {
          goal: '10,000: peak memory ≤ 3.5 GiB',
          measured: `${(r10.clean.peakRssMiB / GiB).toFixed(2)} GiB`,
          met: r10.clean.peakRssMiB <= 3.5 * GiB,
        }
      : { goal: '10,000: peak memory ≤ 3.5 GiB', measured: 'not measured', met: null },
    r20
      ? {
          goal: '20,000: peak memory ≤ 5 GiB',
          measured: `${(r20.clean.peakRssMiB / GiB).toFixed(2)} GiB`,
          met: r20.clean.peakRssMiB <= 5 * GiB,
        }
      : { goal: '20,000: builds, peak memory ≤ 5 GiB', measured: 'not measured', met: null },
    r20 && r5
      ? {
          goal: '20,000 ≤ 4.5 × the 5,000 time',
          measured: `${r20.clean.wallSeconds} s vs ${r5.clean.wallSeconds} s`,
          ratio: times(ratio(r20.clean.wallSeconds, r5.clean.wallSeconds)),
          met: ratio(r20.clean.wallSeconds, r5.clean.wallSeconds) <= 4.5,
        }
      : { goal: '20,000 ≤ 4.5 × the 5,000 time', measured: 'not measured', met: null },
    r5?.rebuild && r5.rebuildShareOfClean !== undefined
      ? {
          goal: '5,000: rebuild after one edit ≤ 25 % of a clean build',
          measured: `${r5.rebuild.wallSeconds} s (${Math.round(r5.rebuildShareOfClean * 100)} %)`,
          met: r5.rebuildShareOfClean <= 0.25,
        }
      : { goal: '5,000: rebuild after one edit ≤ 25 % of a clean build', measured: 'not measured', met: null },
    r10
      ? {
          goal: '10,000: first search ≤ 300 KB in total',
          measured: `${r10.browser.search.transfer.totalKiB} KiB`,
          met: r10.browser.search.transfer.totalKiB * 1024 <= 300_000,
        }
      : { goal: '10,000: first search ≤ 300 KB in total', measured: 'not measured', met: null },
    r5
      ? {
          goal: '5,000: results ≤ 300 ms after the last keystroke',
          measured: `${r5.browser.search.resultsAfterMs} ms`,
          met: r5.browser.search.resultsAfterMs <= 300,
        }
      : { goal: '5,000: results ≤ 300 ms after the last keystroke', measured: 'not measured', met: null },
  );
  return checks;
}

/** The checks as a Markdown table. */
export function formatFloorChecks(checks: readonly FloorCheck[]): string {
  const met = (m: boolean | null) => (m === null ? '–' : m ? 'yes' : 'NO');
  return [
    '| goal (issue 15) | measured | ratio | met |',
    '|---|---:|---:|:-:|',
    ...checks.map((c) => `| ${c.goal} | ${c.measured} | ${c.ratio ?? ''} | ${met(c.met)} |`),
  ].join('\n');
}
