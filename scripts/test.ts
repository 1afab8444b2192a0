/**
 * The whole test run, as `npm test` and CI run it:
 *   1. unit tests (Vitest) of src/lib and scripts,
 *   2. the site built at `/` and the Playwright suite against it,
 *   3. the site built under a base path (`/kunnskapsbank/`) and the same suite again,
 * then one closing line `N passed, N failed` summing every suite. Each suite's wall-clock time is
 * printed beside its tally, for reading only: no test or exit status depends on it.
 */
import { spawnSync, execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { type FailedTest, failedPlaywrightTests, failedVitestTests } from './lib/failed-tests.ts';

interface Tally {
  suite: string;
  passed: number;
  failed: number;
  /** Wall-clock seconds the suite took, its build included. */
  seconds: number;
  /** The failed tests, by name and why (scripts/lib/failed-tests.ts). */
  failures: FailedTest[];
}
const tallies: Tally[] = [];
mkdirSync('reports', { recursive: true });

function run(cmd: string, args: string[], env: Record<string, string> = {}): number {
  console.log(
    `\n▶ ${[cmd, ...args].join(' ')} ${Object.entries(env)
      .map(([k, v]) => `${k}=${v}`)
      .join(' ')}`,
  );
  const result = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  return result.status ?? 1;
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

/**
 * «Today» for the builds and the suites that check them: the last commit's time, unless the caller
 * pinned it. The build splits upcoming from past events on this day, and the tests compute their
 * expectations from the same day, so a run that crosses Oslo midnight still agrees with itself.
 */
function sourceDateEpoch(): string {
  if (process.env['SOURCE_DATE_EPOCH']) return process.env['SOURCE_DATE_EPOCH'];
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
  } catch {
    return String(Math.floor(Date.now() / 1000));
  }
}
const epoch = sourceDateEpoch();

const chromium = execFileSync('bash', ['scripts/ensure-chromium.sh'], { encoding: 'utf8' }).trim();
const browserEnv: Record<string, string> = chromium ? { CHROMIUM_PATH: chromium } : {};
// nginx serves the base-path build in e2e/nginx.base.spec.ts, configured as docs/deploying.md says.
const nginx = execFileSync('bash', ['scripts/ensure-nginx.sh'], { encoding: 'utf8' }).trim();

const since = (start: number) => Math.round((performance.now() - start) / 1000);

// 1. Unit tests.
let start = performance.now();
rmSync('reports/vitest.json', { force: true });
run(
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=reports/vitest.json'],
  browserEnv,
);
const vitest = readJson('reports/vitest.json') as { numPassedTests: number; numFailedTests: number } | undefined;
tallies.push({
  suite: 'unit',
  passed: vitest?.numPassedTests ?? 0,
  failed: vitest ? vitest.numFailedTests : 1,
  seconds: since(start),
  failures: vitest ? failedVitestTests(vitest, process.cwd()) : [{ name: 'no report: reports/vitest.json', why: [] }],
});

// 2 and 3. The built site, at the root and under a base path.
const sites = [
  { name: 'e2e /', base: '/', outDir: 'dist' },
  { name: 'e2e /kunnskapsbank/', base: '/kunnskapsbank/', outDir: 'dist-base' },
];
for (const site of sites) {
  start = performance.now();
  const env = {
    SOURCE_DATE_EPOCH: epoch,
    BASE_PATH: site.base,
    OUT_DIR: site.outDir,
    ...browserEnv,
    ...(nginx ? { NGINX_PATH: nginx } : {}),
  };
  if (run('npm', ['run', 'build'], env) !== 0) {
    tallies.push({
      suite: `build ${site.base}`,
      passed: 0,
      failed: 1,
      seconds: since(start),
      failures: [{ name: 'npm run build', why: ['its output is above'] }],
    });
    continue;
  }
  const report = `reports/e2e-${site.outDir}.json`;
  rmSync(report, { force: true });
  run('npx', ['playwright', 'test'], { ...env, PLAYWRIGHT_JSON_OUTPUT_NAME: report });
  const json = readJson(report) as
    { stats?: { expected: number; unexpected: number; flaky: number }; errors?: unknown[] } | undefined;
  const stats = json?.stats;
  // A spec that throws while its tests are collected (an empty list a loop was to run over) is an
  // error outside any test: count each as a failure.
  tallies.push({
    suite: site.name,
    passed: stats ? stats.expected + stats.flaky : 0,
    failed: stats ? stats.unexpected + (json?.errors?.length ?? 0) : 1,
    seconds: since(start),
    failures: json ? failedPlaywrightTests(json) : [{ name: `no report: ${report}`, why: [] }],
  });
}

console.log('\nSuites:');
for (const t of tallies) {
  console.log(`  ${t.suite}: ${t.passed} passed, ${t.failed} failed (${t.seconds} s)`);
  // Named here, at the end, because a CI log may keep only its last lines.
  for (const f of t.failures) {
    console.log(`    ✗ ${f.name}`);
    for (const line of f.why) console.log(`        ${line}`);
  }
}
const passed = tallies.reduce((n, t) => n + t.passed, 0);
const failed = tallies.reduce((n, t) => n + t.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
