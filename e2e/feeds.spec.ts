import { expect, test } from '@playwright/test';
import Parser from 'rss-parser';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, nonEmpty, publishedEntries, rel } from './support/site.ts';
import { THEMES } from '../src/lib/themes.ts';
import { paths } from '../src/lib/urls.ts';
import { ATOM_NAMESPACE, FEED_SIZE } from '../src/lib/feeds.ts';
import { rssChannelTags } from '../scripts/lib/strict-outputs.ts';
import { compareNewestFirst } from '../src/lib/entries.ts';

const entries = nonEmpty(publishedEntries(), 'published entries in content/');
const parser = new Parser();

/** The build file an absolute site URL points to, checked against the site and base the build used. */
function fileFor(url: string, siteRoot: string): string {
  expect(url.startsWith(siteRoot), `${url} is under ${siteRoot}`).toBe(true);
  return path.join(DIST, url.slice(siteRoot.length), 'index.html');
}

async function feed(request: import('@playwright/test').APIRequestContext, sitePath: string) {
  const response = await request.get(rel(sitePath));
  expect(response.status()).toBe(200);
  return parser.parseString(await response.text());
}

test('the site feed lists every published entry newest first, linking built pages', async ({ request }) => {
  const parsed = await feed(request, paths.feed());
  const siteRoot = parsed.link!;
  expect(siteRoot).toMatch(/^https?:\/\//);
  expect(parsed.items.length).toBe(Math.min(entries.length, FEED_SIZE));
  const dates = parsed.items.map((i) => new Date(i.pubDate!).getTime());
  expect(dates).toEqual([...dates].sort((a, b) => b - a));
  for (const item of parsed.items) {
    expect(existsSync(fileFor(item.link!, siteRoot)), item.link).toBe(true);
    const entry = entries.find((e) => e.data.title === item.title)!;
    expect(item.contentSnippet ?? item.content).toBe(entry.data.description);
  }
});

for (const theme of THEMES) {
  test(`the ${theme.label} feed holds exactly that theme's newest entries`, async ({ request }) => {
    const parsed = await feed(request, paths.themeFeed(theme.id));
    const withTheme = entries.filter((e) => e.data.themes.includes(theme.id));
    expect(withTheme.length, `published entries with the theme ${theme.id}`).toBeGreaterThan(0);
    // A feed carries the newest FEED_SIZE entries, whatever the size of the theme.
    const expected = [...withTheme]
      .sort(compareNewestFirst)
      .slice(0, FEED_SIZE)
      .map((e) => e.data.title);
    expect(parsed.items.map((i) => i.title).sort()).toEqual(expected.sort());
    const siteRoot = parsed.link!.replace(new RegExp(`${paths.theme(theme.id).slice(1)}$`), '');
    for (const item of parsed.items) expect(existsSync(fileFor(item.link!, siteRoot)), item.link).toBe(true);
  });
}

test('every feed names its own absolute address, under the base path, with atom:link rel="self"', async ({
  request,
}) => {
  // Every RSS feed the build wrote, found in dist/ rather than listed, so a new feed is checked too.
  const feeds = (readdirSync(DIST, { recursive: true }) as string[])
    .map((f) => String(f).split(path.sep).join('/'))
    .filter((f) => f.endsWith('.xml') && readFileSync(path.join(DIST, f), 'utf8').includes('<rss'));
  expect(feeds.length).toBe(1 + THEMES.length);
  // The site's root URL (SITE_URL + BASE_PATH) is the site feed's channel link.
  const siteRoot = (await feed(request, paths.feed())).link!;
  for (const file of feeds) {
    const response = await request.get(rel(`/${file}`));
    expect(response.status(), file).toBe(200);
    const self = rssChannelTags(await response.text()).filter(
      (t) => t.uri === ATOM_NAMESPACE && t.local === 'link' && t.attributes['rel']?.value === 'self',
    );
    expect(
      self.map((t) => t.attributes['href']?.value),
      file,
    ).toEqual([new URL(file, siteRoot).href]);
    expect(self[0]!.attributes['type']?.value, file).toBe('application/rss+xml');
  }
});

test('pages announce their feeds in the head', async ({ page }) => {
  await page.goto(rel(paths.theme('samordning')));
  const links = page.locator('link[rel="alternate"][type="application/rss+xml"]');
  await expect(links).toHaveCount(2);
  const hrefs = await links.evaluateAll((els) => els.map((e) => e.getAttribute('href')));
  expect(hrefs.some((h) => h!.endsWith(paths.themeFeed('samordning')))).toBe(true);
  expect(hrefs.some((h) => h!.endsWith(paths.feed()))).toBe(true);
});

test('robots.txt points to the sitemap', async ({ request }) => {
  const robots = await (await request.get(rel('/robots.txt'))).text();
  const sitemap = /Sitemap: (\S+)/.exec(robots)?.[1];
  expect(sitemap).toMatch(/^https?:\/\/.+\/sitemap-index\.xml$/);
  expect(existsSync(path.join(DIST, 'sitemap-index.xml'))).toBe(true);
  expect(readFileSync(path.join(DIST, 'sitemap-index.xml'), 'utf8')).toContain('sitemap-0.xml');
});
