import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { watchPeak } from './process-tree.ts';

export interface BuildRun {
  /** Whole `astro build` command, start to exit. */
  wallSeconds: number;
  /** Highest sum of resident memory over the process tree (Astro and the Pagefind binary together). */
  peakRssMiB: number;
  /** Highest resident memory of a single process (GNU time), usually the Node process. */
  maxProcessRssMiB: number;
  /** CPU time (user + system) of the whole tree: less sensitive than wall time to a busy machine. */
  cpuSeconds: number;
  /** Share of one core the build got on average (GNU time); 200 % is both cores of a 2-core machine. */
  cpuPercent: number;
  /** Wall time minus the search index. */
  astroSeconds: number;
  /** The search index, as the Pagefind integration times it. */
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

/** Runs `astro build` in a site root with its own output and cache folders, and measures it. */
export function build(root: string, project: string): Promise<BuildRun & { log: string }> {
  return new Promise((resolve, reject) => {
    // Under vitest NODE_ENV is `test`, which would make Astro build a dev-mode site (drafts shown,
    // search disabled): a benchmark builds what production builds.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
    const env = {
      ...inherited,
      NODE_ENV: 'production',
      PATH: `${path.join(project, 'node_modules/.bin')}:${process.env['PATH']}`,
      OUT_DIR: path.join(root, 'dist'),
      ASTRO_CACHE_DIR: path.join(root, '.astro-cache'),
      BASE_PATH: '/',
      NO_COLOR: '1',
    };
    const started = performance.now();
    const astro = path.join(project, 'node_modules/.bin/astro');
    // GNU time adds CPU time and the largest process; without it (a bare CI image) /proc sampling still gives the peak.
    const child = existsSync(GNU_TIME)
      ? spawn(GNU_TIME, ['-v', astro, 'build'], { cwd: root, env })
      : spawn(astro, ['build'], { cwd: root, env });
    const stopWatching = watchPeak(child.pid!);
    const lines: Line[] = [];
    let pending = '';
    const onData = (chunk: Buffer) => {
      const at = performance.now() - started;
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const text of parts) lines.push({ at, text });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => {
      const peakKiB = stopWatching();
      const wallMs = performance.now() - started;
      const log = lines.map((l) => `${(l.at / 1000).toFixed(2).padStart(7)} ${l.text}`).join('\n');
      if (code !== 0) return reject(new Error(`astro build failed in ${root}:\n${log.slice(-4000)}`));
      const find = (re: RegExp) => lines.find((l) => re.test(l.text));
      const synced = find(/Synced content/)?.at ?? 0;
      const generating = find(/generating static routes/)?.at ?? synced;
      const indexLine = find(/kunnskapsbanken:pagefind\].*Indexed/);
      const pagefindMs = Number(/; (\d+) ms\s*$/.exec(indexLine?.text ?? '')?.[1] ?? 0);
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
        astroSeconds: seconds(wallMs - pagefindMs),
        pagefindSeconds: seconds(pagefindMs),
        phases: {
          startupAndSync: seconds(synced),
          bundle: seconds(generating - synced),
          pages: seconds(indexed - pagefindMs - generating),
          pagefind: seconds(pagefindMs),
          rest: seconds(wallMs - indexed),
        },
        pages: Number(/(\d+) page\(s\) built/.exec(log)?.[1] ?? 0),
        log,
      });
    });
  });
}
