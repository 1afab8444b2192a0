import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ChildProcess } from 'node:child_process';
import { XMLParser } from 'fast-xml-parser';
import { mdxToMdast } from 'satteri';
import { splitFrontmatter, parseFrontmatter } from '../src/lib/frontmatter.ts';
import { attachmentLinkText } from '../src/lib/rich/attachment.ts';
import { needsMdx } from '../src/lib/rich/mdx-body.ts';
import { COMPONENTS } from '../src/lib/rich/components.ts';
import { DEFAULT_OG_IMAGE } from '../src/lib/site.ts';
import { PDF_ONLY_WORD, PUBLICATION_PDF_WORD } from './support/rich-files.ts';
import { checkHtml, isError } from '../scripts/lib/vnu.ts';
import {
  RICH_OUT,
  RICH_PROJECT,
  RICH_URL,
  buildRichSite,
  PUBLICATION_WITH_PDF,
  guideExamples,
  serveRichSite,
} from './support/rich-site.ts';

/**
 * The editors' components, images and attachments, in a fixture site built from the real project
 * plus e2e/fixtures/rich/. Expected values come from the fixture's source, not from the output.
 */
test.describe.configure({ mode: 'serial' });

const FIXTURE = 'e2e/fixtures/rich/content/artikler/rikt-intervju.mdx';
const PLAIN = 'e2e/fixtures/rich/content/artikler/enkel-nabo.mdx';
const richUrl = `${RICH_URL}/artikler/rikt-intervju/`;
const plainUrl = `${RICH_URL}/artikler/enkel-nabo/`;

interface Jsx {
  type: string;
  name?: string;
  attributes?: { name: string; value: string | null }[];
  children?: Jsx[];
  value?: string;
}
/** Every component use in the fixture, with its props, read from the source. */
function uses(): { name: string; props: Record<string, string | null>; text: string }[] {
  const tree = mdxToMdast(splitFrontmatter(readFileSync(FIXTURE, 'utf8')).body) as unknown as Jsx;
  const found: { name: string; props: Record<string, string | null>; text: string }[] = [];
  const textOf = (n: Jsx): string => n.value ?? (n.children ?? []).map(textOf).join('');
  const visit = (n: Jsx) => {
    if (n.type.startsWith('mdxJsx') && /^[A-Z]/.test(n.name ?? ''))
      found.push({
        name: n.name!,
        props: Object.fromEntries((n.attributes ?? []).map((a) => [a.name, a.value])),
        text: textOf(n).trim(),
      });
    (n.children ?? []).forEach(visit);
  };
  visit(tree);
  return found;
}
const use = (name: string) => uses().filter((u) => u.name === name);
const titleOf = (file: string) =>
  String(parseFrontmatter(splitFrontmatter(readFileSync(file, 'utf8')).yaml ?? '')['title']);

let server: ChildProcess | undefined;
let buildLog = '';
test.beforeAll(async () => {
  test.setTimeout(900_000);
  buildLog = await buildRichSite();
  server = await serveRichSite();
});
test.afterAll(() => server?.kill());

test('the fixture uses every component of the contract', () => {
  expect(new Set(uses().map((u) => u.name))).toEqual(new Set(COMPONENTS.map((c) => c.name)));
});

test('Faktaboks, Merknad and Sitat render as named regions and a sourced quotation', async ({ page }) => {
  await page.goto(richUrl);
  for (const u of use('Faktaboks')) {
    const box = page.getByRole('complementary', { name: u.props['tittel']! });
    await expect(box).toContainText(u.text.replace(/\*/g, ''));
  }
  for (const u of use('Merknad')) {
    const label = u.props['type'] === 'advarsel' ? 'Advarsel' : 'Til informasjon';
    await expect(page.getByRole('complementary', { name: label })).toContainText(u.text);
  }
  for (const u of use('Sitat')) {
    const figure = page.locator('figure', { has: page.getByRole('blockquote') });
    await expect(figure.getByRole('blockquote')).toHaveText(u.text);
    await expect(figure.locator('figcaption')).toContainText(u.props['kilde']!);
  }
});

test('Utvid opens from the keyboard, and works without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(richUrl);
  const [u] = use('Utvid');
  const summary = page.locator('summary', { hasText: u!.props['tittel']! });
  await expect(page.getByText(u!.text)).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByText(u!.text)).toBeVisible();
  await context.close();
});

test('Figur and Markdown images carry their alt text, caption and credit; a decorative one has empty alt', async ({
  page,
}) => {
  await page.goto(richUrl);
  const named = use('Figur').filter((u) => !('dekorativ' in u.props));
  expect(named.length).toBeGreaterThan(0);
  for (const u of named) {
    const figure = page.locator('figure', { has: page.getByRole('img', { name: u.props['alt']! }) });
    await expect(figure.locator('figcaption')).toContainText(u.props['bildetekst']!);
    await expect(figure.locator('figcaption')).toContainText(u.props['kreditering']!);
  }
  await expect(page.getByRole('img', { name: 'Kart over regionene' })).toHaveCount(1);
  expect(await page.locator('figure.rich-figure img[alt=""]').count()).toBe(
    use('Figur').filter((u) => 'dekorativ' in u.props).length,
  );
});

test('Vedlegg says type and size, and the file is served', async ({ page, request }) => {
  await page.goto(richUrl);
  for (const u of use('Vedlegg')) {
    const file = path.join(RICH_PROJECT, 'content', u.props['fil']!.replace(/^\.\.\//, ''));
    const name = attachmentLinkText(u.props['tekst'] ?? 'Last ned vedlegget', file, statSync(file).size);
    const link = page.getByRole('link', { name, exact: true });
    await expect(link).toHaveCount(1);
    const res = await request.get(new URL((await link.getAttribute('href'))!, richUrl).href);
    expect(res.status()).toBe(200);
    expect((await res.body()).subarray(0, 5).toString()).toBe('%PDF-');
  }
});

test('Video is named, has Norwegian captions on by default (WCAG 1.2.2) and a download link', async ({
  page,
  request,
}) => {
  await page.goto(richUrl);
  for (const u of use('Video')) {
    const video = page.locator(`video[aria-label="${u.props['tittel']}"]`);
    await expect(video).toHaveCount(1);
    const track = video.locator('track[kind="captions"][srclang="nb"][default]');
    const vtt = await request.get(new URL((await track.getAttribute('src'))!, richUrl).href);
    expect((await vtt.text()).startsWith('WEBVTT')).toBe(true);
    await expect(page.getByRole('link', { name: /^Last ned videoen \(MP4, \d+ kB\)$/ })).toHaveCount(1);
  }
});

for (const url of [richUrl, plainUrl]) {
  test(`${url.slice(RICH_URL.length)} has no WCAG 2.2 AA violations in light and dark`, async ({ page }) => {
    await page.goto(url);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`)).toEqual([]);
    }
  });
}

test('prints: folded sections unfolded, boxes in the flow, the video player left out', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(richUrl);
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText(use('Utvid')[0]!.text)).toBeVisible();
  const facts = page.getByRole('complementary', { name: use('Faktaboks')[0]!.props['tittel']! });
  expect(await facts.evaluate((el) => getComputedStyle(el).float)).toBe('none');
  await expect(page.locator('video')).toBeHidden();
});

test('prints a figure in its own proportions, no higher than a third of the page, beside its caption', async ({
  page,
}) => {
  // 1280 px is where the column is widest on paper (the print style lets the article fill the page).
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(richUrl);
  await page.emulateMedia({ media: 'print' });
  const figure = page.locator('figure.rich-figure').first();
  const image = figure.locator('img');
  await image.scrollIntoViewIfNeeded();
  await expect(image).toHaveJSProperty('complete', true);
  const shown = await image.evaluate((el: HTMLImageElement) => {
    const box = el.getBoundingClientRect();
    return {
      width: box.width,
      height: box.height,
      ratio: Number(el.getAttribute('width')) / Number(el.getAttribute('height')),
    };
  });
  // 9 cm at CSS's 96 px to the inch.
  expect(shown.height).toBeLessThanOrEqual((9 / 2.54) * 96 + 0.5);
  expect(shown.width / shown.height).toBeCloseTo(shown.ratio, 2);
  expect(await figure.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
  await expect(figure.locator('figcaption')).toBeVisible();
});

async function imageBytes(page: Page, url: string, pattern: RegExp): Promise<{ bytes: number; urls: string[] }> {
  const urls: string[] = [];
  let bytes = 0;
  page.on('response', async (res) => {
    if (!pattern.test(new URL(res.url()).pathname)) return;
    urls.push(res.url());
    bytes += (await res.body()).length;
  });
  await page.goto(url);
  const imgs = page.locator('img');
  for (let i = 0; i < (await imgs.count()); i++) await imgs.nth(i).scrollIntoViewIfNeeded();
  await page.waitForFunction(() => [...document.images].every((img) => img.complete));
  return { bytes, urls };
}

test('a 6000 px camera JPEG arrives on a 375 px phone (2× screen) as WebP well under 150 kB', async ({ browser }) => {
  const original = path.join(RICH_PROJECT, 'content/bilder/stort-foto.jpg');
  expect(statSync(original).size).toBeGreaterThan(7_000_000);
  const context = await browser.newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2 });
  const page = await context.newPage();
  const { bytes, urls } = await imageBytes(page, richUrl, /\/_astro\/stort-foto\./);
  expect(urls.length).toBe(1);
  expect(urls[0]).toMatch(/\.webp$/);
  expect(bytes).toBeLessThan(150_000);
  await context.close();
});

test('content images: WebP source with fallback, srcset, width/height in the original ratio, lazy', async ({
  page,
}) => {
  await page.goto(richUrl);
  const pictures = page.locator('.article__body picture');
  expect(await pictures.count()).toBeGreaterThan(0);
  for (let i = 0; i < (await pictures.count()); i++) {
    const p = pictures.nth(i);
    await expect(p.locator('source[type="image/webp"]')).toHaveCount(1);
    const img = p.locator('img');
    expect(await img.getAttribute('loading')).toBe('lazy');
    const srcset = (await img.getAttribute('srcset'))!.split(',').map((c) => Number(/ (\d+)w$/.exec(c.trim())?.[1]));
    expect(srcset.length).toBeGreaterThan(1);
    expect(srcset.every((w) => w > 0 && w <= 1344)).toBe(true);
    const [w, h] = [Number(await img.getAttribute('width')), Number(await img.getAttribute('height'))];
    const natural = await img.evaluate(async (el: HTMLImageElement) => {
      el.loading = 'eager';
      await el.decode();
      return el.naturalWidth / el.naturalHeight;
    });
    expect(Math.abs(w / h - natural)).toBeLessThan(0.01);
  }
});

test('plain and MDX entries side by side: in every listing, the feed and the search index', async ({
  page,
  request,
}) => {
  const titles = [titleOf(FIXTURE), titleOf(PLAIN)];
  for (const listing of ['/alle/', '/artikler/', '/tema/samordning/']) {
    await page.goto(`${RICH_URL}${listing}`);
    for (const t of titles) await expect(page.getByRole('link', { name: t, exact: true }), listing).toHaveCount(1);
  }
  const feed = new XMLParser().parse(await (await request.get(`${RICH_URL}/rss.xml`)).text());
  const feedTitles = (feed.rss.channel.item as { title: string }[]).map((i) => i.title);
  for (const t of titles) expect(feedTitles).toContain(t);
  // The build's completeness check passed with both in place.
  expect(buildLog).toMatch(
    /All \d+ published entries have their page, their listings and their place in the search index/,
  );
  for (const t of titles) {
    await page.goto(`${RICH_URL}/sok/?q=${encodeURIComponent(t.split(':')[0]!)}`);
    await expect(page.getByRole('link', { name: t, exact: true }).first()).toBeVisible();
  }
});

test('a plain entry takes the fast path: only bodies that need MDX are compiled as modules', () => {
  const modules = readFileSync(path.join(RICH_PROJECT, '.astro/content-modules.mjs'), 'utf8');
  const all: string[] = [];
  for (const kind of readdirSync(path.join(RICH_PROJECT, 'content'))) {
    const dir = path.join(RICH_PROJECT, 'content', kind);
    if (!statSync(dir).isDirectory()) continue;
    for (const f of readdirSync(dir).filter((n) => n.endsWith('.mdx'))) all.push(`content/${kind}/${f}`);
  }
  const mdx = all.filter((f) => needsMdx(splitFrontmatter(readFileSync(path.join(RICH_PROJECT, f), 'utf8')).body));
  expect(mdx).toEqual(['content/artikler/fra-veiledningen.mdx', 'content/artikler/rikt-intervju.mdx']);
  expect(all.length).toBeGreaterThan(mdx.length);
  for (const f of all) expect(modules.includes(f), f).toBe(mdx.includes(f));
});

test('a word only inside the fixture PDF finds its entry on the search page, marked as found in the attachment', async ({
  page,
}) => {
  expect(readFileSync(path.join(RICH_OUT, 'artikler/rikt-intervju/index.html'), 'utf8')).not.toContain(PDF_ONLY_WORD);
  await page.goto(`${RICH_URL}/sok/`);
  await page.getByLabel('Søkeord').fill(PDF_ONLY_WORD);
  // The fixture entry and the guide's examples both attach the report: each page is a hit.
  const results = page.locator('.search-result');
  await expect(results).toHaveCount(2);
  await expect(results.filter({ hasText: 'Treff i vedlegget «rapport.pdf»' })).toHaveCount(2);
  const link = results.getByRole('link', { name: titleOf(FIXTURE), exact: true });
  expect(await link.getAttribute('href')).toMatch(/\/artikler\/rikt-intervju\/#vedlegg-rapport-pdf$/);
  await link.click();
  await expect(page.locator('#vedlegg-rapport-pdf')).toBeVisible();
});

test('every component example in the editor guide renders, none as a blank spot or raw text', async ({ page }) => {
  const examples = guideExamples();
  expect(examples.length).toBe(COMPONENTS.length);
  await page.goto(`${RICH_URL}/artikler/fra-veiledningen/`);
  const body = page.locator('.article__body');
  await expect(body).not.toContainText('<');
  for (const [selector, count] of [
    ['aside.rich-facts', 1],
    ['aside.rich-note', 1],
    ['figure.rich-quote blockquote', 1],
    ['figure.rich-figure picture img[alt]', 1],
    ['details.rich-details summary', 1],
    ['.rich-attachment a[data-vedlegg]', 1],
    ['video track[kind="captions"]', 1],
  ] as const)
    await expect(body.locator(selector), selector).toHaveCount(count);
});

test('a publication with its report attached: the link says type and size, and the PDF text finds the page', async ({
  page,
}) => {
  const pageUrl = `${RICH_URL}/publikasjoner/${PUBLICATION_WITH_PDF}/`;
  const file = path.join(RICH_PROJECT, 'content/vedlegg', `${PUBLICATION_WITH_PDF}.pdf`);
  await page.goto(pageUrl);
  const name = attachmentLinkText('Last ned rapporten', file, statSync(file).size);
  await expect(page.getByRole('link', { name, exact: true })).toHaveCount(1);
  const title = (await page.locator('h1').textContent())!.trim();
  await page.goto(`${RICH_URL}/sok/`);
  await page.getByLabel('Søkeord').fill(PUBLICATION_PDF_WORD);
  const result = page.locator('.search-result');
  await expect(result).toHaveCount(1);
  await expect(result).toContainText(`Treff i vedlegget «${PUBLICATION_WITH_PDF}.pdf»`);
  const link = result.getByRole('link', { name: title, exact: true });
  expect(await link.getAttribute('href')).toBe(
    `/publikasjoner/${PUBLICATION_WITH_PDF}/#vedlegg-${PUBLICATION_WITH_PDF}-pdf`,
  );
});

test('the lead image is the Open Graph image with its alt text and shows in listings; others get the site default', async ({
  page,
  request,
}) => {
  const fm = parseFrontmatter(splitFrontmatter(readFileSync(FIXTURE, 'utf8')).yaml ?? '') as {
    image: { src: string; alt: string };
  };
  await page.goto(richUrl);
  const ogImage = (await page.locator('meta[property="og:image"]').getAttribute('content'))!;
  expect(ogImage).toMatch(/^http.*\/_astro\/stort-foto\.[^/]+\.jpg$/);
  expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe(fm.image.alt);
  const res = await request.get(`${RICH_URL}${new URL(ogImage).pathname}`);
  expect(res.headers()['content-type']).toMatch(/^image\/jpeg/);
  expect((await res.body()).length).toBeLessThan(500_000);
  await page.goto(plainUrl);
  expect(await page.locator('meta[property="og:image"]').getAttribute('content')).toMatch(
    new RegExp(`${DEFAULT_OG_IMAGE.path.replace('.', '\\.')}$`),
  );
  expect(await page.locator('meta[property="og:image:alt"]').getAttribute('content')).toBe(DEFAULT_OG_IMAGE.alt);
  await page.goto(`${RICH_URL}/alle/`);
  const card = page.locator('.entry-card', { has: page.getByRole('link', { name: titleOf(FIXTURE), exact: true }) });
  await expect(card.getByRole('img', { name: fm.image.alt })).toBeVisible();
  const plainCard = page.locator('.entry-card', { has: page.getByRole('link', { name: titleOf(PLAIN), exact: true }) });
  await expect(plainCard.getByRole('img')).toHaveCount(0);
});

test('the pages with components, images and attachments are valid HTML (Nu HTML Checker)', () => {
  const pages = [
    'artikler/rikt-intervju',
    'artikler/fra-veiledningen',
    `publikasjoner/${PUBLICATION_WITH_PDF}`,
    'alle',
  ];
  const errors = checkHtml(pages.map((p) => path.join(RICH_OUT, p, 'index.html'))).filter(isError);
  expect(errors.map((e) => `${e.url}:${e.lastLine} ${e.message}`)).toEqual([]);
});
