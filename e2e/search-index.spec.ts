import { expect, test } from '@playwright/test';
import { nonEmpty, publishedEntries, rel } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';
import { THEMES } from '../src/lib/themes.ts';
import { KINDS } from '../src/lib/kinds.ts';

/** Every URL in the real index, read in the browser through Pagefind's own API. */
async function indexedUrls(page: import('@playwright/test').Page): Promise<string[]> {
  await page.goto(rel(paths.search()));
  return page.evaluate(async () => {
    const base = new URL('..', location.href).pathname;
    const pagefind = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: base });
    const search = await pagefind.search(null);
    const data = await Promise.all(search.results.map((r: { data: () => Promise<{ url: string }> }) => r.data()));
    return data.map((d: { url: string }) => d.url);
  });
}

test('every published article is in the search index, and nothing else', async ({ page }) => {
  const urls = await indexedUrls(page);
  const base = new URL(test.info().project.use.baseURL!).pathname.replace(/\/$/, '');
  const expected = nonEmpty(publishedEntries(), 'published entries').map(
    (e) => `${base}${paths.entry(e.kind, e.slug)}`,
  );
  expect(urls.sort()).toEqual(expected.sort());
});

test('no listing, theme page or 404 is a search result', async ({ page }) => {
  const urls = await indexedUrls(page);
  const listings = [
    paths.home(),
    paths.all(),
    paths.themes(),
    paths.search(),
    ...THEMES.map((t) => paths.theme(t.id)),
    ...KINDS.map((k) => paths.kind(k.id)),
  ];
  const base = new URL(test.info().project.use.baseURL!).pathname.replace(/\/$/, '');
  expect(urls.length).toBeGreaterThan(0);
  for (const listing of listings) expect(urls).not.toContain(`${base}${listing}`);
  expect(urls.filter((u) => u.includes('404'))).toEqual([]);
});
