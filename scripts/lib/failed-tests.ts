/**
 * The tests that failed, by name and with the first lines of why, read from the JSON reports
 * `npm test` writes (scripts/test.ts), so that the end of the run, which is all a CI log may keep,
 * says which tests to look at and what they saw, not only how many failed.
 */

/** Vitest's JSON reporter: one entry per test file, with its tests' results. */
interface VitestReport {
  testResults?: {
    name: string;
    message?: string;
    status?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/** Playwright's JSON reporter: nested suites of specs, each with its runs. */
interface PlaywrightSuite {
  title?: string;
  specs?: {
    title: string;
    file: string;
    line: number;
    tests: { status: string; results?: { error?: { message?: string } }[] }[];
  }[];
  suites?: PlaywrightSuite[];
}
interface PlaywrightReport {
  suites?: PlaywrightSuite[];
  errors?: { message?: string }[];
}

/** A failed test: `name` as `file › test`, `why` the first lines of its error (no colour codes). */
export interface FailedTest {
  name: string;
  why: string[];
}

/** Lines of a failure message kept per test: enough for the assertion and its first frame. */
export const WHY_LINES = 12;

/** The first `WHY_LINES` non-blank lines of an error message, without terminal colour codes. */
export function whyLines(message: string | undefined): string[] {
  return (message ?? '')
    .replace(/\u001b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim() !== '')
    .slice(0, WHY_LINES);
}

/**
 * The failed tests of a Vitest JSON report as `file › test`, and a file that failed without a
 * failed test (an error while it was loaded) as `file`, each with why.
 */
export function failedVitestTests(report: unknown, root = ''): FailedTest[] {
  const out: FailedTest[] = [];
  for (const file of (report as VitestReport | undefined)?.testResults ?? []) {
    const name = root && file.name.startsWith(root) ? file.name.slice(root.length).replace(/^\//, '') : file.name;
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed) out.push({ name: `${name} › ${t.fullName}`, why: whyLines(t.failureMessages?.[0]) });
    if (failed.length === 0 && file.status === 'failed') out.push({ name, why: whyLines(file.message ?? 'failed') });
  }
  return out;
}

/**
 * The failed specs of a Playwright JSON report as `file:line › title` (a spec fails when its last
 * run was unexpected: a flaky pass is not a failure), each with the error of its last run, and each
 * error outside any test as `error`.
 */
export function failedPlaywrightTests(report: unknown): FailedTest[] {
  const out: FailedTest[] = [];
  const walk = (suite: PlaywrightSuite, titles: string[]): void => {
    const here = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? []) {
      const failed = spec.tests.find((t) => t.status === 'unexpected');
      if (!failed) continue;
      const last = failed.results?.findLast((r) => r.error?.message)?.error?.message;
      out.push({ name: `${spec.file}:${spec.line} › ${[...here, spec.title].join(' › ')}`, why: whyLines(last) });
    }
    for (const child of suite.suites ?? []) walk(child, here);
  };
  const json = report as PlaywrightReport | undefined;
  for (const suite of json?.suites ?? []) walk(suite, []);
  for (const error of json?.errors ?? []) out.push({ name: 'error', why: whyLines(error.message) });
  return out;
}
