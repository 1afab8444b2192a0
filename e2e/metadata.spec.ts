import { expect, test, type Page } from '@playwright/test';
import { XMLParser } from 'fast-xml-parser';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import {
  DIST,
  builtPages,
  namedPeople,
  namedPublications,
  nonEmpty,
  publishedEntries,
  rel,
  sourceEntries,
} from './support/site.ts';
import { paths } from '../src/lib/urls.ts';
import { SITE } from '../src/lib/site.ts';

const entries = nonEmpty(publishedEntries(), 'published entries in content/');

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
  expect(site['name']).toBe(SITE.name);
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
  const crumbs = ofType(blocks, 'BreadcrumbList')['itemListElement'] as {
    position: number;
    name: string;
    item: string;
  }[];
  expect(crumbs.map((c) => c.position)).toEqual(crumbs.map((_, i) => i + 1));
  expect(crumbs.at(-1)!.name).toBe(article.data.title);
  await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article');
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute(
    'content',
    new RegExp(article.data.title.slice(0, 20)),
  );
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

for (const person of nonEmpty(namedPeople(), 'people named by published entries')) {
  test(`${paths.person(person.id)} carries Person data from content/personer.yaml`, async ({ page }) => {
    await page.goto(rel(paths.person(person.id)));
    const data = ofType(await jsonLd(page), 'Person');
    expect(data['name']).toBe(person.name);
    expect(data['jobTitle']).toBe(person.role);
  });
}

test('the sitemap lists every page of the site and nothing else', () => {
  const parser = new XMLParser();
  const files = readdirSync(DIST).filter((f) => /^sitemap-\d+\.xml$/.test(f));
  const urls = files.flatMap((f) => {
    const xml = parser.parse(readFileSync(path.join(DIST, f), 'utf8')) as {
      urlset: { url: { loc: string } | { loc: string }[] };
    };
    return ([] as { loc: string }[]).concat(xml.urlset.url).map((u) => new URL(u.loc).pathname);
  });
  const base = (process.env['BASE_PATH'] || '/').replace(/\/$/, '');
  const pages = builtPages()
    .filter((p) => p !== '/404.html')
    .map((p) => `${base}${p}`);
  expect(urls.sort()).toEqual(pages.sort());
  for (const entry of entries) expect(urls).toContain(`${base}${paths.entry(entry.kind, entry.slug)}`);
});

/** A built page's `<head>` facts, parsed from its file in the build. */
function builtHead(sitePath: string) {
  const html = parseHtml(readFileSync(path.join(DIST, sitePath, 'index.html'), 'utf8'));
  return {
    sitePath,
    canonical: html.querySelector('link[rel="canonical"]')?.getAttribute('href'),
    ogUrl: html.querySelector('meta[property="og:url"]')?.getAttribute('content'),
    blocks: html
      .querySelectorAll('script[type="application/ld+json"]')
      .map((s) => JSON.parse(s.textContent) as Record<string, unknown>),
  };
}

const pages = nonEmpty(
  builtPages().filter((p) => p !== '/404.html'),
  'built pages',
);
const home = () => builtHead('/').canonical!;

test('the front page declares its absolute canonical URL, under the site and base path', () => {
  expect(home()).toMatch(new RegExp(`^https?://[^/]+${(process.env['BASE_PATH'] || '/').replace(/\/$/, '')}/$`));
});

// One test per page: the time of each stays the same however large the site grows.
for (const sitePath of pages) {
  test(`${sitePath} declares its own canonical URL and JSON-LD with a breadcrumb trail to itself`, () => {
    const head = builtHead(sitePath);
    expect(head.canonical).toBe(`${home()}${sitePath.slice(1)}`);
    expect(head.ogUrl).toBe(head.canonical);
    expect(head.blocks.length).toBeGreaterThan(0);
    for (const block of head.blocks) {
      expect(block['@context']).toBe('https://schema.org');
      expect(typeof block['@type']).toBe('string');
    }
    if (sitePath === '/') return;
    const trail = ofType(head.blocks, 'BreadcrumbList')['itemListElement'] as {
      position: number;
      name: string;
      item: string;
    }[];
    expect(trail.map((c) => c.position)).toEqual(trail.map((_, i) => i + 1));
    expect(trail[0]!.name).toBe('Forside');
    expect(trail.at(-1)!.item).toBe(head.canonical);
  });
}

test('the 404 page, served at any address, claims no address of its own', () => {
  const html = parseHtml(readFileSync(path.join(DIST, '404.html'), 'utf8'));
  expect(html.querySelector('h1')?.text).toBe('Fant ikke siden');
  expect(html.querySelector('link[rel="canonical"]')).toBeNull();
  expect(html.querySelector('meta[property="og:url"]')).toBeNull();
  const types = html
    .querySelectorAll('script[type="application/ld+json"]')
    .map((s) => (JSON.parse(s.textContent) as { '@type': string })['@type']);
  expect(types).not.toContain('BreadcrumbList');
});

for (const publication of nonEmpty(namedPublications(), 'publications discussed by published entries')) {
  test(`${paths.publication(publication.id)} carries Report data from content/publikasjoner.yaml`, async ({ page }) => {
    await page.goto(rel(paths.publication(publication.id)));
    const data = ofType(await jsonLd(page), 'Report');
    expect(data['name']).toBe(publication.title);
    expect(data['publisher']).toEqual({ '@type': 'Organization', name: publication.publisher });
    expect(data['datePublished']).toBe(publication.year === undefined ? undefined : String(publication.year));
    expect(data['reportNumber']).toBe(publication.series);
  });
}

test('the sitemap leaves drafts out', () => {
  const sitemap = readdirSync(DIST)
    .filter((f) => /^sitemap-\d+\.xml$/.test(f))
    .map((f) => readFileSync(path.join(DIST, f), 'utf8'))
    .join('\n');
  const drafts = sourceEntries().filter((e) => e.data.draft);
  expect(drafts.length).toBeGreaterThan(0);
  for (const draft of drafts) expect(sitemap).not.toContain(paths.entry(draft.kind, draft.slug));
});
