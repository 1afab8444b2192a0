/**
 * The names of the tests that failed, read from the JSON reports `npm test` writes
 * (scripts/test.ts), so that the end of the run, which is all a CI log may keep, says which
 * tests to look at and not only how many.
 */

/** Vitest's JSON reporter: one entry per test file, with its tests' results. */
interface VitestReport {
  testResults?: {
    name: string;
    message?: string;
    status?: string;
    assertionResults?: { fullName: string; status: string }[];
  }[];
}

/** Playwright's JSON reporter: nested suites of specs, each with its runs. */
interface PlaywrightSuite {
  title?: string;
  specs?: { title: string; file: string; line: number; tests: { status: string }[] }[];
  suites?: PlaywrightSuite[];
}
interface PlaywrightReport {
  suites?: PlaywrightSuite[];
  errors?: { message?: string }[];
}

/**
 * The failed tests of a Vitest JSON report as `file › test`, and a file that failed without a
 * failed test (an error while it was loaded) as `file: first line of the error`.
 */
export function failedVitestTests(report: unknown, root = ''): string[] {
  const out: string[] = [];
  for (const file of (report as VitestReport | undefined)?.testResults ?? []) {
    const name = root && file.name.startsWith(root) ? file.name.slice(root.length).replace(/^\//, '') : file.name;
    const failed = (file.assertionResults ?? []).filter((t) => t.status === 'failed');
    for (const t of failed) out.push(`${name} › ${t.fullName}`);
    if (failed.length === 0 && file.status === 'failed')
      out.push(`${name}: ${(file.message ?? 'failed').split('\n')[0]}`);
  }
  return out;
}

/**
 * The failed specs of a Playwright JSON report as `file:line › title` (a spec fails when its last
 * run was unexpected: a flaky pass is not a failure), and each error outside any test.
 */
export function failedPlaywrightTests(report: unknown): string[] {
  const out: string[] = [];
  const walk = (suite: PlaywrightSuite, titles: string[]): void => {
    const here = suite.title && !suite.title.endsWith('.ts') ? [...titles, suite.title] : titles;
    for (const spec of suite.specs ?? [])
      if (spec.tests.some((t) => t.status === 'unexpected'))
        out.push(`${spec.file}:${spec.line} › ${[...here, spec.title].join(' › ')}`);
    for (const child of suite.suites ?? []) walk(child, here);
  };
  const json = report as PlaywrightReport | undefined;
  for (const suite of json?.suites ?? []) walk(suite, []);
  for (const error of json?.errors ?? []) out.push(`error: ${(error.message ?? '').split('\n')[0]}`);
  return out;
}
