import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { buildCommand, buildEnv } from '../../scripts/lib/build-site.ts';
import { watchPhasePeaks } from './process-tree.ts';

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

const GNU_TIME = '/usr/bin/time';

interface Line {
  at: number;
  text: string;
}

function seconds(ms: number): number {
  return Math.round(ms / 100) / 10;
}

/** Astro's cache folder of a benchmark site root: kept between its builds, as CI keeps it. */
export function cacheDirOf(root: string): string {
  return path.join(root, '.astro-cache');
}

/** Runs the whole build in a site root with its own output and cache folders, and measures it. */
export function build(root: string, project: string): Promise<BuildRun & { log: string }> {
  return new Promise((resolve, reject) => {
    // The environment of every build whose log a program reads (no test runner's NODE_ENV, no colour).
    const env = buildEnv({
      NODE_ENV: 'production',
      PATH: `${path.join(project, 'node_modules/.bin')}:${process.env['PATH']}`,
      OUT_DIR: path.join(root, 'dist'),
      ASTRO_CACHE_DIR: cacheDirOf(root),
    });
    const started = performance.now();
    const command = buildCommand(root);
    // GNU time adds CPU time and the largest process; without it (a bare CI image) /proc sampling still gives the peak.
    const child = existsSync(GNU_TIME)
      ? spawn(GNU_TIME, ['-v', ...command], { cwd: root, env })
      : spawn(command[0], command.slice(1), { cwd: root, env });
    // The step in progress, from scripts/build.ts's «<step>: started» lines.
    let step: keyof BuildRun['stepPeakRssMiB'] = 'astro';
    const stopWatching = watchPhasePeaks(child.pid!, () => step);
    const lines: Line[] = [];
    let pending = '';
    const onData = (chunk: Buffer) => {
      const at = performance.now() - started;
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const text of parts) {
        lines.push({ at, text });
        if (/\[kunnskapsbanken:build\] search-index: started/.test(text)) step = 'searchIndex';
        if (/\[kunnskapsbanken:build\] completeness: started/.test(text)) step = 'completeness';
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      const { peak: peakKiB, byPhase } = stopWatching();
      const wallMs = performance.now() - started;
      const log = lines.map((l) => `${(l.at / 1000).toFixed(2).padStart(7)} ${l.text}`).join('\n');
      if (code !== 0) return reject(new Error(`the build failed in ${root}:\n${log.slice(-4000)}`));
      const find = (re: RegExp) => lines.find((l) => re.test(l.text));
      const synced = find(/Synced content/)?.at ?? 0;
      const generating = find(/generating static routes/)?.at ?? synced;
      const indexLine = find(/kunnskapsbanken:search-index\].*Indexed/);
      const astroMs = Number(
        /astro: done in (\d+) ms/.exec(find(/\[kunnskapsbanken:build\] astro: done/)?.text ?? '')?.[1] ?? 0,
      );
      // The step's own time, as scripts/build.ts logs it for every step.
      const pagefindMs = Number(
        /search-index: done in (\d+) ms/.exec(find(/\[kunnskapsbanken:build\] search-index: done/)?.text ?? '')?.[1] ??
          0,
      );
      const indexed = indexLine?.at ?? wallMs;
      const maxProcessKiB = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(log)?.[1] ?? 0);
      const user = Number(/User time \(seconds\): ([\d.]+)/.exec(log)?.[1] ?? 0);
      const system = Number(/System time \(seconds\): ([\d.]+)/.exec(log)?.[1] ?? 0);
      resolve({
        wallSeconds: seconds(wallMs),
        cpuSeconds: Math.round((user + system) * 10) / 10,
        cpuPercent: Number(/Percent of CPU this job got: (\d+)%/.exec(log)?.[1] ?? 0),
        peakRssMiB: Math.round(Math.max(peakKiB, maxProcessKiB) / 1024),
        maxProcessRssMiB: Math.round(maxProcessKiB / 1024),
        stepPeakRssMiB: {
          astro: Math.round((byPhase['astro'] ?? 0) / 1024),
          searchIndex: Math.round((byPhase['searchIndex'] ?? 0) / 1024),
          completeness: Math.round((byPhase['completeness'] ?? 0) / 1024),
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
      });
    });
  });
}
