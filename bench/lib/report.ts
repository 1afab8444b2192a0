import type { FloorRun } from './floor.ts';
import type { IndexSize } from './index-size.ts';
import { floorGoalChecks, formatFloorChecks } from './floor-goals.ts';

/** The figures of one benchmark size, as far as the report needs them. */
export interface Result {
  entries: number;
  clean: {
    wallSeconds: number;
    cpuSeconds: number;
    cpuPercent: number;
    astroSeconds: number;
    pagefindSeconds: number;
    peakRssMiB: number;
    pages: number;
  };
  /** A second clean build with the first one's optimised images kept (`--skip-warm` leaves it out). */
  cleanWarmImages?: { wallSeconds: number; astroSeconds: number; pagefindSeconds: number };
  /** Absent when the run skipped the rebuild (`--skip-rebuild`, for the large sizes of the curve). */
  rebuild?: { wallSeconds: number };
  rebuildShareOfClean?: number;
  dist: { MiB: number; files: number };
  /** The search index, `dist/pagefind/`. */
  index?: IndexSize;
  /** Hugo + Pagefind on the same corpus in the same run (bench/lib/floor.ts); absent without Hugo. */
  floor?: Omit<FloorRun, 'log'>;
  articlePage: { htmlCssGzipKiB: number; scripts: number };
  themePage: { htmlCssGzipKiB: number };
  browser: {
    articlePage: { totalKiB: number; byType: Record<string, number> };
    search: { resultsAfterMs: number; results: number; transfer: { totalKiB: number } };
  };
}

export interface Check {
  goal: string;
  measured: string;
  met: boolean;
}

/** The goal of issue 7, checked against the figures that exist (5,000 and 10,000 entries). */
export function goalChecks(results: readonly Result[]): Check[] {
  const at = (n: number) => results.find((r) => r.entries === n);
  const checks: Check[] = [];
  const r5 = at(5000);
  const r10 = at(10000);
  if (r5) {
    checks.push(
      {
        goal: '5,000: clean build with search index ≤ 60 s',
        measured: `${r5.clean.wallSeconds} s`,
        met: r5.clean.wallSeconds <= 60,
      },
      ...(r5.cleanWarmImages
        ? [
            {
              goal: '5,000: clean build with a warm image cache ≤ 60 s (issue 12)',
              measured: `${r5.cleanWarmImages.wallSeconds} s (Astro ${r5.cleanWarmImages.astroSeconds} s, search index ${r5.cleanWarmImages.pagefindSeconds} s)`,
              met: r5.cleanWarmImages.wallSeconds <= 60,
            },
          ]
        : []),
      {
        goal: '5,000: peak memory ≤ 2 GiB',
        measured: `${(r5.clean.peakRssMiB / 1024).toFixed(2)} GiB`,
        met: r5.clean.peakRssMiB <= 2048,
      },
      {
        goal: 'article page ≤ 25 KB gzip HTML+CSS, no JavaScript',
        measured: `${r5.articlePage.htmlCssGzipKiB} KiB, ${r5.articlePage.scripts} scripts`,
        met: r5.articlePage.htmlCssGzipKiB * 1024 <= 25_000 && r5.articlePage.scripts === 0,
      },
      {
        goal: 'web fonts ≤ 60 KB',
        measured: `${r5.browser.articlePage.byType['font'] ?? 0} KiB`,
        met: (r5.browser.articlePage.byType['font'] ?? 0) * 1024 <= 60_000,
      },
      {
        goal: '5,000: first search transfers ≤ 150 KB',
        measured: `${r5.browser.search.transfer.totalKiB} KiB`,
        met: r5.browser.search.transfer.totalKiB * 1024 <= 150_000,
      },
      {
        goal: '5,000: results ≤ 300 ms after the last keystroke',
        measured: `${r5.browser.search.resultsAfterMs} ms`,
        met: r5.browser.search.resultsAfterMs <= 300,
      },
    );
  }
  if (r5?.rebuild && r5.rebuildShareOfClean !== undefined)
    checks.push({
      goal: '5,000: rebuild after one edit ≤ 25 % of clean',
      measured: `${r5.rebuild.wallSeconds} s (${Math.round(r5.rebuildShareOfClean * 100)} %)`,
      met: r5.rebuildShareOfClean <= 0.25,
    });
  if (r5 && r10) {
    const ratio = r10.clean.wallSeconds / r5.clean.wallSeconds;
    checks.push(
      { goal: '10,000 ≤ 2.2 × the 5,000 time', measured: `${ratio.toFixed(2)} ×`, met: ratio <= 2.2 },
      {
        goal: '10,000: fits in 7 GiB',
        measured: `${(r10.clean.peakRssMiB / 1024).toFixed(2)} GiB`,
        met: r10.clean.peakRssMiB <= 7 * 1024,
      },
    );
  }
  return checks;
}

/** Markdown tables of the figures and of the goal. */
export function formatTable(results: readonly Result[]): string {
  const rows = [
    '| entries | clean build | CPU time (CPU share) | Astro | Pagefind | peak memory | rebuild after 1 edit | dist | article HTML+CSS gz | theme page HTML+CSS gz | fonts | first search: transfer | first search: results after |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...results.map(
      (r) =>
        `| ${r.entries.toLocaleString('en')} | ${r.clean.wallSeconds} s | ${r.clean.cpuSeconds} s (${r.clean.cpuPercent} %) | ${r.clean.astroSeconds} s | ${r.clean.pagefindSeconds} s | ${(r.clean.peakRssMiB / 1024).toFixed(2)} GiB | ${r.rebuild ? `${r.rebuild.wallSeconds} s (${Math.round((r.rebuildShareOfClean ?? 0) * 100)} %)` : '–'} | ${r.dist.MiB} MiB | ${r.articlePage.htmlCssGzipKiB} KiB${r.articlePage.scripts ? `, ${r.articlePage.scripts} scripts` : ''} | ${r.themePage.htmlCssGzipKiB} KiB | ${r.browser.articlePage.byType['font'] ?? 0} KiB | ${r.browser.search.transfer.totalKiB} KiB | ${r.browser.search.resultsAfterMs} ms |`,
    ),
  ];
  const checks = goalChecks(results);
  if (checks.length > 0) {
    rows.push(
      '',
      '| goal | measured | met |',
      '|---|---:|:-:|',
      ...checks.map((c) => `| ${c.goal} | ${c.measured} | ${c.met ? 'yes' : 'NO'} |`),
    );
  }
  const floored = results.filter((r) => r.floor);
  if (floored.length > 0) {
    const x = (ours: number, floor: number) => `${(ours / floor).toFixed(2)} ×`;
    rows.push(
      '',
      '| entries | clean build: ours / floor | ratio | CPU time: ours / floor | ratio | peak memory: ours / floor | ratio | pages: ours / floor | dist: ours / floor | index: ours / floor | index metadata (first search): ours / floor |',
      '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
      ...floored.map((r) => {
        const f = r.floor!;
        return `| ${r.entries.toLocaleString('en')} | ${r.clean.wallSeconds} s / ${f.wallSeconds} s (Hugo ${f.hugoSeconds} s, Pagefind ${f.pagefindSeconds} s) | ${x(r.clean.wallSeconds, f.wallSeconds)} | ${r.clean.cpuSeconds} s / ${f.cpuSeconds} s | ${x(r.clean.cpuSeconds, f.cpuSeconds)} | ${(r.clean.peakRssMiB / 1024).toFixed(2)} / ${(f.peakRssMiB / 1024).toFixed(2)} GiB | ${x(r.clean.peakRssMiB, f.peakRssMiB)} | ${r.clean.pages} / ${f.pages} | ${r.dist.MiB} / ${f.dist.MiB} MiB | ${r.index?.MiB ?? '–'} / ${f.index.MiB} MiB | ${r.index?.metaKiB ?? '–'} / ${f.index.metaKiB ?? '–'} KiB |`;
      }),
    );
  }
  rows.push('', formatFloorChecks(floorGoalChecks(results)));
  return rows.join('\n');
}
