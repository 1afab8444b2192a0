import path from 'node:path';
import { buildCommand, buildEnv } from '../../scripts/lib/build-site.ts';
import { measure } from './measure.ts';

export interface BuildRun {
  /** The whole build command (`npm run build`: Astro, then the search index, then the completeness check), start to exit. */
  wallSeconds: number;
  /** Highest sum of resident memory over the process tree (every process of the build: Node's and the Pagefind binary's). */
  peakRssMiB: number;
  /** The same peak within each step: `astro` (the Astro process), `searchIndex` (Node and Pagefind), `completeness`. */
  stepPeakRssMiB: { astro: number; searchIndex: number; completeness: number };
  /** Highest resident memory of a single process (GNU time), usually the Node process. */
  maxProcessRssMiB: number;
  /** CPU time (user + system) of the whole tree: less sensitive than wall time to a busy machine. */
  cpuSeconds: number;
  /** Share of one core the build got on average (GNU time); 200 % is both cores of a 2-core machine. */
  cpuPercent: number;
  /** The Astro process, start to exit (scripts/build.ts times it). */
  astroSeconds: number;
  /** The search index step, as src/build/search-index.ts times it (our terms and Pagefind's indexing). */
  pagefindSeconds: number;
  /** Where the time goes, from the arrival time of Astro's log lines. */
  phases: { startupAndSync: number; bundle: number; pages: number; pagefind: number; rest: number };
  pages: number;
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/** Astro's cache folder of a benchmark site root: kept between its builds, as CI keeps it. */
export function cacheDirOf(root: string): string {
  return path.join(root, '.astro-cache');
}

/** Runs the whole build in a site root with its own output and cache folders, and measures it. */
export async function build(root: string, project: string): Promise<BuildRun & { log: string }> {
  // The environment of every build whose log a program reads (no test runner's NODE_ENV, no colour).
  const env = buildEnv({
    NODE_ENV: 'production',
    PATH: `${path.join(project, 'node_modules/.bin')}:${process.env['PATH']}`,
    OUT_DIR: path.join(root, 'dist'),
    ASTRO_CACHE_DIR: cacheDirOf(root),
  });
  const [command, ...args] = buildCommand(root);
  // The step in progress, from scripts/build.ts's «<step>: started» lines.
  let step: keyof BuildRun['stepPeakRssMiB'] = 'astro';
  const run = await measure(
    command!,
    args,
    { cwd: root, env },
    {
      phase: () => step,
      onLine: (text) => {
        if (/\[kunnskapsbanken:build\] search-index: started/.test(text)) step = 'searchIndex';
        if (/\[kunnskapsbanken:build\] completeness: started/.test(text)) step = 'completeness';
      },
    },
  );
  const { lines, log, wallMs } = run;
  if (run.code !== 0) throw new Error(`the build failed in ${root}:\n${log.slice(-4000)}`);
  const find = (re: RegExp) => lines.find((l) => re.test(l.text));
  const synced = find(/Synced content/)?.at ?? 0;
  const generating = find(/generating static routes/)?.at ?? synced;
  const indexLine = find(/kunnskapsbanken:search-index\].*Indexed/);
  const astroMs = Number(
    /astro: done in (\d+) ms/.exec(find(/\[kunnskapsbanken:build\] astro: done/)?.text ?? '')?.[1] ?? 0,
  );
  // The step's own time, as scripts/build.ts logs it for every step.
  const pagefindMs = Number(
    /search-index: done in (\d+) ms/.exec(find(/\[kunnskapsbanken:build\] search-index: done/)?.text ?? '')?.[1] ?? 0,
  );
  const indexed = indexLine?.at ?? wallMs;
  const mib = (kib: number | undefined) => Math.round((kib ?? 0) / 1024);
  return {
    wallSeconds: seconds(wallMs),
    cpuSeconds: run.cpuSeconds,
    cpuPercent: run.cpuPercent,
    peakRssMiB: mib(Math.max(run.peakTreeKiB, run.maxProcessKiB)),
    maxProcessRssMiB: mib(run.maxProcessKiB),
    stepPeakRssMiB: {
      astro: mib(run.peakByPhaseKiB['astro']),
      searchIndex: mib(run.peakByPhaseKiB['searchIndex']),
      completeness: mib(run.peakByPhaseKiB['completeness']),
    },
    astroSeconds: seconds(astroMs),
    pagefindSeconds: seconds(pagefindMs),
    phases: {
      startupAndSync: seconds(synced),
      bundle: seconds(generating - synced),
      pages: seconds((find(/\[kunnskapsbanken:build\] astro: done/)?.at ?? indexed - pagefindMs) - generating),
      pagefind: seconds(pagefindMs),
      rest: seconds(wallMs - indexed),
    },
    pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0),
    log,
  };
}
