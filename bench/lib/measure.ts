import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { watchPhasePeaks } from './process-tree.ts';

/** One line of a measured command's output, with when it arrived (ms after the start). */
export interface TimedLine {
  at: number;
  text: string;
}

export interface Measured {
  /** Start to exit of the whole command (ms). */
  wallMs: number;
  /** Highest sum of resident memory over the process tree (KiB), sampled from /proc. */
  peakTreeKiB: number;
  /** Highest resident memory of a single process (KiB, GNU time; 0 without it). */
  maxProcessKiB: number;
  /** User + system CPU time of the whole tree (s, GNU time; 0 without it). */
  cpuSeconds: number;
  /** Share of one core the command got on average (%, GNU time; 0 without it). */
  cpuPercent: number;
  lines: TimedLine[];
  /** The output with each line's arrival time (s) in front. */
  log: string;
  code: number | null;
}

const GNU_TIME = '/usr/bin/time';

/**
 * Runs a command and measures it the way the benchmark measures every build (bench/lib/build.ts
 * uses it): wall time, peak memory of the process tree, and with GNU time the largest process and
 * CPU time. `onLine` sees each line of output as it arrives; `phase` names the phase a memory
 * sample belongs to (`peakByPhaseKiB`).
 */
export function measure(
  command: string,
  args: readonly string[],
  options: { cwd: string; env: NodeJS.ProcessEnv },
  watch: { onLine?: (text: string) => void; phase?: () => string } = {},
): Promise<Measured & { peakByPhaseKiB: Record<string, number> }> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = existsSync(GNU_TIME)
      ? spawn(GNU_TIME, ['-v', command, ...args], options)
      : spawn(command, [...args], options);
    const stopWatching = watchPhasePeaks(child.pid!, watch.phase ?? (() => 'all'));
    const lines: TimedLine[] = [];
    let pending = '';
    const onData = (chunk: Buffer) => {
      const at = performance.now() - started;
      pending += chunk.toString('utf8');
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const text of parts) {
        lines.push({ at, text });
        watch.onLine?.(text);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('close', (code) => {
      const { peak: peakTreeKiB, byPhase: peakByPhaseKiB } = stopWatching();
      const wallMs = performance.now() - started;
      if (pending) lines.push({ at: wallMs, text: pending });
      const log = lines.map((l) => `${(l.at / 1000).toFixed(2).padStart(7)} ${l.text}`).join('\n');
      const gnu = (re: RegExp) => Number(re.exec(log)?.[1] ?? 0);
      resolve({
        wallMs,
        peakTreeKiB,
        peakByPhaseKiB,
        maxProcessKiB: gnu(/Maximum resident set size \(kbytes\): (\d+)/),
        cpuSeconds:
          Math.round((gnu(/User time \(seconds\): ([\d.]+)/) + gnu(/System time \(seconds\): ([\d.]+)/)) * 10) / 10,
        cpuPercent: gnu(/Percent of CPU this job got: (\d+)%/),
        lines,
        log,
        code,
      });
    });
  });
}
