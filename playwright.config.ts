import { defineConfig, devices } from '@playwright/test';

/** The suite runs against a built `dist/`, served as a static host would serve it. */
const base = process.env['BASE_PATH'] || '/';
const outDir = process.env['OUT_DIR'] || 'dist';
const port = Number(process.env['PW_PORT']) || (base === '/' ? 4311 : 4312);
const chromiumPath = process.env['CHROMIUM_PATH'];

export default defineConfig({
  testDir: 'e2e',
  testMatch: '**/*.spec.ts',
  // `*.once.spec.ts` check things that do not depend on the base path (HTML validity, reproducible
  // builds…): they run against the root build only. `*.base.spec.ts` check a deployment under the
  // base path of docs/deploying.md (nginx): they run against the base-path build only.
  testIgnore: base === '/' ? ['**/*.base.spec.ts'] : ['**/*.once.spec.ts'],
  fullyParallel: true,
  // A test checks one page, entry or listing (or has a budget of its own that grows with the site:
  // links, drafts, listings), so this limit need not grow with the site. Axe on one page takes a few
  // seconds on a quiet machine and up to about 25 s on a 2-core machine loaded thirteen times over:
  // twice that keeps the suite green on a busy machine without letting a hung test run long.
  timeout: 60_000,
  workers: 2,
  forbidOnly: !!process.env['CI'],
  retries: 0,
  reporter: [['list'], ['json']],
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    ...devices['Desktop Chrome'],
    launchOptions: {
      ...(chromiumPath ? { executablePath: chromiumPath } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: `node scripts/serve.ts --dir ${outDir} --base ${base} --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
  },
});
