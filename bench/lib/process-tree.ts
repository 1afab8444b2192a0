import { readFileSync, readdirSync } from 'node:fs';

const PAGE_KIB = 4;

/** Resident memory (KiB) of a process and all its descendants right now, read from /proc. */
export function treeRssKiB(root: number): number {
  const children = new Map<number, number[]>();
  const rss = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      continue; // the process ended while we looked
    }
    // Fields after the command name, which may itself contain spaces and parentheses.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(name);
    const ppid = Number(fields[1]);
    rss.set(pid, Number(fields[21]) * PAGE_KIB);
    children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  }
  let total = 0;
  const stack = [root];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    total += rss.get(pid) ?? 0;
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Samples a process tree's memory until stopped; returns the highest sum seen (KiB). */
export function watchPeak(root: number, everyMs = 200): () => number {
  let peak = 0;
  const sample = () => (peak = Math.max(peak, treeRssKiB(root)));
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/**
 * Samples a process tree's memory until stopped, as `watchPeak`, and also keeps the highest sum
 * seen in each phase that `phase()` names at the time of a sample (KiB).
 */
export function watchPhasePeaks(
  root: number,
  phase: () => string,
  everyMs = 200,
): () => { peak: number; byPhase: Record<string, number> } {
  let peak = 0;
  const byPhase: Record<string, number> = {};
  const sample = () => {
    const now = treeRssKiB(root);
    const name = phase();
    peak = Math.max(peak, now);
    byPhase[name] = Math.max(byPhase[name] ?? 0, now);
  };
  const timer = setInterval(sample, everyMs);
  return () => {
    clearInterval(timer);
    return { peak, byPhase };
  };
}
