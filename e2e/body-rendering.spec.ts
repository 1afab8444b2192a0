/**
 * What the body pipeline generates, in real Chromium on a real build (issue 11, faults 3 and 5):
 * a fixture site (e2e/fixtures/body-rendering/, copied into a scratch copy of the project, never
 * into content/) with footnotes, a task list, a table, code and links written as HTML, built
 * under the same base path as the suite (BASE_PATH) and served as a static host would.
 */
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import type { ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { CODE, snapshotSources } from '../scripts/lib/clean-build.ts';
import { buildSite } from '../scripts/lib/build-site.ts';
import { serveSite } from '../scripts/lib/serve-site.ts';
import { checkHtml, isError } from '../scripts/lib/vnu.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { BODY_STRINGS } from '../src/lib/body/strings.ts';
import { BASE } from './support/site.ts';

test.describe.configure({ mode: 'serial' });
test.setTimeout(60_000);

const FIXTURE = path.resolve('e2e/fixtures/body-rendering');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const base = BASE.endsWith('/') ? BASE : `${BASE}/`;
let dir: string;
let server: ChildProcess;
let origin: string;

/** A fixture article's body as the editor wrote it. */
const body = (slug: string) =>
  splitFrontmatter(readFileSync(path.join(FIXTURE, 'content/artikler', `${slug}.mdx`), 'utf8')).body;

const freePort = () =>
  new Promise<number>((resolve) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });

test.beforeAll(async () => {
  test.setTimeout(600_000);
  dir = mkdtempSync(path.join(os.tmpdir(), 'kb-body-'));
  snapshotSources(process.cwd(), dir, CODE);
  cpSync(path.join(FIXTURE, 'content'), path.join(dir, 'content'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  const built = buildSite(dir, { BASE_PATH: base, ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') });
  expect(built.status, built.out).toBe(0);
  const port = await freePort();
  server = await serveSite(path.join(dir, 'dist'), base, port);
  origin = `http://127.0.0.1:${port}`;
});

test.afterAll(() => {
  server?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const open = (page: Page, slug: string) => page.goto(`${origin}${base}artikler/${slug}/`);

async function axe(page: Page) {
  const results = await new AxeBuilder({ page }).include('article.article').withTags(TAGS).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('footnotes read Norwegian: a hidden «Fotnoter» heading and «Tilbake til henvisning» links', async ({ page }) => {
  await open(page, 'fotnoter-i-praksis');
  const article = page.locator('article.article');
  await expect(article.getByRole('heading', { name: BODY_STRINGS.footnotes, exact: true })).toHaveClass(/ds-sr-only/);
  const definitions = [...body('fotnoter-i-praksis').matchAll(/^\[\^[^\]]+\]:/gm)];
  expect(definitions.length).toBeGreaterThan(0);
  for (let n = 1; n <= definitions.length; n++) {
    await expect(article.getByRole('link', { name: BODY_STRINGS.backToReference(n), exact: true })).toHaveCount(1);
    await expect(
      article.getByRole('link', { name: BODY_STRINGS.footnoteReference(String(n)), exact: true }),
    ).toHaveCount(1);
  }
  const text = (await article.evaluate((a) => a.innerHTML)) ?? '';
  expect(text).not.toMatch(/Footnotes|Back to reference/);
  expect(await axe(page)).toEqual([]);
});

test('the search index has the footnotes’ text but none of the words the pipeline adds', async ({ page }) => {
  await open(page, 'fotnoter-i-praksis');
  const found = await page.evaluate(async (b) => {
    const pagefind = await import(/* @vite-ignore */ `${b}pagefind/pagefind.js`);
    await pagefind.options({ baseUrl: b });
    const texts = async (q: string) =>
      Promise.all(
        (await pagefind.search(q)).results.map(
          async (r: { data: () => Promise<{ content: string }> }) => (await r.data()).content,
        ),
      );
    return {
      evaluering: await texts('Evaluering'),
      fotnoter: await texts('Fotnoter'),
      footnotes: await texts('Footnotes'),
      all: await texts('samordning'),
    };
  }, base);
  // The footnote's own words are indexed (so the index is read at all) …
  expect(found.evaluering.length).toBeGreaterThan(0);
  // … the heading the pipeline adds is not: «fotnoter» is indexed exactly as often as the editor
  // wrote it (title, ingress, body), in either language, nor the ↩ of the back links.
  const source = readFileSync(path.join(FIXTURE, 'content/artikler/fotnoter-i-praksis.mdx'), 'utf8');
  const count = (text: string) => text.match(/\bfotnoter\b/giu)?.length ?? 0;
  expect(found.fotnoter).toHaveLength(1);
  expect(count(found.fotnoter[0]!)).toBe(count(source));
  expect(found.footnotes).toEqual([]);
  expect(found.all.length).toBeGreaterThan(0);
  for (const content of found.all) expect(content).not.toMatch(/↩|Tilbake til henvisning/);
});

test('task checkboxes are named by their text, and keep their state', async ({ page }) => {
  await open(page, 'tabeller-og-kode');
  const tasks = [...body('tabeller-og-kode').matchAll(/^- \[( |x)\] (.+)$/gm)];
  expect(tasks.length).toBeGreaterThan(0);
  for (const [, mark, text] of tasks) {
    const box = page.getByRole('checkbox', { name: text!, exact: true });
    await (mark === 'x' ? expect(box).toBeChecked() : expect(box).not.toBeChecked());
  }
  expect(await axe(page)).toEqual([]);
});

test('a table keeps its headers and scrolls in a named region the keyboard can reach; the page does not', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, 'tabeller-og-kode');
  const headerRow = body('tabeller-og-kode')
    .split('\n')
    .find((l) => l.startsWith('| Departement'))!;
  const headers = headerRow
    .split('|')
    .map((c) => c.trim())
    .filter(Boolean);
  const region = page.getByRole('region', { name: BODY_STRINGS.table(headers) });
  for (const h of headers) await expect(region.getByRole('columnheader', { name: h })).toHaveCount(1);
  await region.focus();
  await expect(region).toBeFocused();
  const scrolled = await region.evaluate((el) => {
    el.scrollLeft = 0;
    return el.scrollWidth > el.clientWidth;
  });
  expect(scrolled).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(320);
  expect(await axe(page)).toEqual([]);
});

test('a code block is a named region the keyboard can reach', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await open(page, 'tabeller-og-kode');
  const language = /^```(\w+)/m.exec(body('tabeller-og-kode'))![1];
  const code = page.getByRole('region', { name: BODY_STRINGS.code(language) });
  await code.focus();
  await expect(code).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => code.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
});

test('links written as HTML, in any quoting, carry the base path and lead somewhere; code samples do not change', async ({
  page,
  request,
}) => {
  await open(page, 'lenker-i-html');
  const source = body('lenker-i-html');
  // Links as the editor wrote them: HTML in any quoting and Markdown, with their text.
  const written = [
    ...[...source.matchAll(/<a href=(['"])(\/[^'"]+)\1>([^<]+)<\/a>/g)].map((m) => ({ target: m[2]!, text: m[3]! })),
    ...[...source.matchAll(/\[([^\]]+)\]\((\/[^)]+)\)/g)].map((m) => ({ target: m[2]!, text: m[1]! })),
  ];
  const sample = written.find((w) => source.indexOf(w.target) > source.indexOf('```html'))!;
  const prose = written.filter((w) => w !== sample);
  expect(prose.length).toBeGreaterThan(1);
  // Only the article's own text: the theme tags above it link to the same theme pages.
  const text = page.locator('article.article .article__body');
  for (const { target, text: name } of prose) {
    const href = `${base.replace(/\/$/, '')}${target}`;
    await expect(text.getByRole('link', { name, exact: true })).toHaveAttribute('href', href);
    expect((await request.get(`${origin}${href}`)).status()).toBe(200);
  }
  // The fenced sample shows exactly what the editor wrote.
  const fence = /```html\n([\s\S]*?)\n```/.exec(source)![1]!;
  expect(fence).toContain(sample.target);
  await expect(page.locator('article.article pre code')).toHaveText(fence);
});

test('no heading takes an id of the page layout: ids are unique and every table-of-contents link finds its heading', async ({
  page,
}) => {
  await open(page, 'overskrifter');
  const ids = await page.evaluate(() => [...document.querySelectorAll('[id]')].map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  const headings = [...body('overskrifter').matchAll(/^## (.+)$/gm)].map((m) => m[1]!);
  const toc = page.getByRole('navigation', { name: 'Innhold i artikkelen' });
  expect(headings.length).toBeGreaterThanOrEqual(3);
  for (const text of headings) {
    const target = await toc.getByRole('link', { name: text, exact: true }).getAttribute('href');
    const heading = page.locator(`[id="${decodeURIComponent(target!.slice(1))}"]`);
    await expect(heading).toHaveRole('heading');
    await expect(heading).toHaveText(text);
  }
});

test('an image beside the content loads under the base path, optimised by the MDX path', async ({ page }) => {
  await open(page, 'tabeller-og-kode');
  const img = page.getByRole('img', { name: 'Et mørkeblått rektangel' });
  await expect(img).toHaveAttribute('src', new RegExp(`^${base.replace(/\/$/, '')}/_astro/`));
  await expect.poll(() => img.evaluate((el: HTMLImageElement) => el.complete && el.naturalWidth)).toBeGreaterThan(0);
});

test('what the steps add is valid HTML (W3C Nu checker on every fixture article page)', async () => {
  const slugs = readdirSync(path.join(FIXTURE, 'content/artikler')).map((f) => f.replace(/\.mdx$/, ''));
  expect(slugs.length).toBeGreaterThan(0);
  const pages = slugs.map((slug) => path.join(dir, 'dist/artikler', slug, 'index.html'));
  const errors = checkHtml(pages).filter(isError);
  expect(errors).toEqual([]);
});
