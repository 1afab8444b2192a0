/**
 * Crawls the served site from the front page (and the files nothing links to by design: robots.txt,
 * the sitemap, the 404 page): every same-origin link, asset, feed and calendar answers 200, and
 * every `#fragment` names an element on its page. Runs under `/` and under the base path.
 */
import { expect, test } from '@playwright/test';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { builtPages, DIST, rel } from './support/site.ts';
import { crawl, type CrawlResult } from '../scripts/lib/link-crawler.ts';

// The crawl fetches every page once: its budget grows with the site (a minute, plus half a second
// a page), so that a larger site is not a slower-looking failure.
test.setTimeout(60_000 + builtPages().length * 500);

// Both tests read one crawl: keep them in one worker.
test.describe.configure({ mode: 'default' });

let result: CrawlResult;
let baseUrl: string;

test.beforeAll(async ({ playwright, baseURL }) => {
  baseUrl = baseURL!;
  const request = await playwright.request.newContext({ baseURL: baseUrl });
  const origin = new URL(baseUrl).origin;
  const start = ['/', '/404.html', '/robots.txt', '/sitemap-index.xml']
    .filter((p) => p === '/' || existsSync(path.join(DIST, p)))
    .map((p) => new URL(rel(p), baseUrl).href);
  const siteUrl = new URL(process.env['SITE_URL'] || 'http://localhost:4321').origin;
  result = await crawl(
    start,
    async (url) => {
      const res = await request.get(url, { maxRedirects: 0 });
      return { status: res.status(), contentType: res.headers()['content-type'] ?? '', body: await res.text() };
    },
    origin,
    [siteUrl],
  );
  await request.dispose();
});

test('no internal link, asset, feed or calendar link is broken, and every #fragment exists', () => {
  test.info().annotations.push({
    type: 'crawl',
    description: `${result.visited.size} URLs checked, ${result.external.size} links to other sites not fetched`,
  });
  expect(result.problems.map((p) => `${p.url} (${p.problem}) ← ${p.from}`)).toEqual([]);
});

test('the crawl reaches every built page from the front page', () => {
  const reached = new Set([...result.visited].map((u) => new URL(u).pathname));
  const missing = builtPages()
    .map((p) => new URL(rel(p), baseUrl).pathname)
    .filter((p) => !reached.has(p));
  expect(missing).toEqual([]);
  // The crawl did follow feeds, calendars and assets too.
  const kinds = [...result.visited].map((u) => path.extname(new URL(u).pathname));
  for (const ext of ['.xml', '.ics', '.css']) expect(kinds).toContain(ext);
});
