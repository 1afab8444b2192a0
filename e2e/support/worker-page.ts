/**
 * One browser page per worker, for read-only per-page checks: each built page is still a test of
 * its own (no test's time grows with the site), without opening a new context for each. Only for
 * tests that navigate and read, never for ones that type, click or change storage.
 */
import { test as base, type BrowserContextOptions, type Page } from '@playwright/test';

/**
 * `test` with a `workerPage` fixture: one page in a context with `options` and the configured
 * `baseURL` (a worker's own context does not get the config's `use` by itself), kept for the
 * worker's life.
 */
export function withWorkerPage(options: BrowserContextOptions) {
  return base.extend<object, { workerPage: Page }>({
    workerPage: [
      async ({ browser }, use, workerInfo) => {
        const { baseURL } = workerInfo.project.use;
        const context = await browser.newContext({ ...(baseURL ? { baseURL } : {}), ...options });
        await use(await context.newPage());
        await context.close();
      },
      { scope: 'worker' },
    ],
  });
}
