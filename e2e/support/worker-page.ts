/**
 * One browser page per worker, for per-page checks that navigate and read: each built page is
 * still a test of its own (no test's time grows with the site), without a new browser context for
 * each. A test using it leaves nothing a navigation does not reset: it removes the listeners it adds
 * and sets any emulated media it relies on. Not for tests that log in, store data or change
 * permissions (the site keeps no storage; such a test gets Playwright's own `page`).
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
