import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { DIST, builtPages, publishedEntries, rel } from './support/site.ts';
import { paths } from '../src/lib/urls.ts';

const entries = publishedEntries();

async function jsonLd(page: Page): Promise<Record<string, unknown>[]> {
  const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
  return blocks.map((b) => JSON.parse(b) as Record<string, unknown>);
}

function ofType(blocks: Record<string, unknown>[], type: string) {
  const found = blocks.find((b) => b['@type'] === type);
  expect(found, `JSON-LD ${type}`).toBeDefined();
  return found!;
}

test('the front page describes the website', async ({ page }) => {
  await page.goto('./');
  const site = ofType(await jsonLd(page), 'WebSite');
  expect(site['name']).toBe('Kunnskapsbanken');
  expect(site['url']).toMatch(/^https?:\/\//);
});

test('an article page carries Article and BreadcrumbList data and Open Graph tags', async ({ page }) => {
  const article = entries.find((e) => e.kind === 'intervjuer')!;
  await page.goto(rel(paths.entry(article.kind, article.slug)));
  const blocks = await jsonLd(page);
  const data = ofType(blocks, 'Article');
  expect(data['headline']).toBe(article.data.title);
  expect(data['datePublished']).toBe(article.data.date);
  expect(data['description']).toBe(article.data.description);
  const crumbs = ofType(blocks, 'BreadcrumbList')['itemListElement'] as { position: number; name: string; item: string }[];
  expect(crumbs.map((c) => c.position)).toEqual(crumbs.map((_, i) => i + 1));
  expect(crumbs.at(-1)!.name).toBe(article.data.title);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', new RegExp(article.data.title.slice(0, 20)));
  await expect(page.locator('meta[property="og:description"]')).toHaveAttribute('content', article.data.description);
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
  const canonical = await page.locator('link[rel="canonical"]').getAttribute('href');
  expect(canonical).toMatch(new RegExp(`^https?://.+${paths.entry(article.kind, article.slug)}$`));
});

test('an event page carries Event data with place and times', async ({ page }) => {
  const event = entries.find((e) => e.data.event?.end)!;
  await page.goto(rel(paths.entry(event.kind, event.slug)));
  const data = ofType(await jsonLd(page), 'Event');
  expect(data['name']).toBe(event.data.title);
  expect(data['startDate']).toBe(event.data.event!.start);
  expect(data['endDate']).toBe(event.data.event!.end);
  expect((data['location'] as { name: string })['name']).toBe(event.data.event!.location);
});

test('a person page carries Person data', async ({ page }) => {
  await page.goto(rel(paths.person('eivind-dale')));
  const data = ofType(await jsonLd(page), 'Person');
  expect(data['name']).toBe('Eivind Dale');
  expect(data['jobTitle']).toContain('departementsråd');
});

test('the sitemap lists every page of the site and nothing else', () => {
  const parser = new XMLParser();
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) => {
    const xml = parser.parse(readFileSync(path.join(DIST, f), 'utf8')) as { urlset: { url: { loc: string } | { loc: string }[] } };
    return ([] as { loc: string }[]).concat(xml.urlset.url).map((u) => new URL(u.loc).pathname);
  });
  const base = (process.env['BASE_PATH'] || '/').replace(/\/$/, '');
  const pages = builtPages().filter((p) => p !== '/404.html').map((p) => `${base}${p}`);
  expect(urls.sort()).toEqual(pages.sort());
  for (const entry of entries) expect(urls).toContain(`${base}${paths.entry(entry.kind, entry.slug)}`);
});
