/** What search costs the pages that do not search: nothing. */
import { expect, test } from '@playwright/test';
import { nonEmpty, publishedEntries, rel } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';

test('article pages load no search JavaScript', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => {
    if (r.resourceType() === 'script') scripts.push(r.url());
  });
  const entry = nonEmpty(publishedEntries(), 'published entries')[0]!;
  await page.goto(rel(paths.entry(entry.kind, entry.slug)));
  await page.waitForLoadState('load');
  expect(scripts).toEqual([]);
});
