/** What a build step says: a line to stdout, a warning to stderr. */
export interface StepLog {
  info(message: string): void;
  warn(message: string): void;
}

/**
 * A step's log lines in Astro's own form (`20:15:02 [kunnskapsbanken:search-index] …`), so that
 * the whole build reads as one log and tools that read it (bench/lib/build.ts) find each step by name.
 */
export function stepLog(step: string): StepLog {
  const prefix = () => `${new Date().toTimeString().slice(0, 8)} [kunnskapsbanken:${step}]`;
  return {
    info: (message) => console.log(`${prefix()} ${message}`),
    warn: (message) => console.warn(`${prefix()} [WARN] ${message}`),
  };
}
