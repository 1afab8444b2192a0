/**
 * Reflow, WCAG 2.1 SC 1.4.10: at 320 CSS px no page scrolls sideways, whatever long word the
 * content has (titles, breadcrumbs, table of contents, tables, cards, person and publication pages,
 * URLs written out, code, footer), nor the search page showing results or «no results» for it.
 * Runs against the real build, and against the long-words fixture site (scripts/reflow.test.ts sets
 * KB_CONTENT_DIR and OUT_DIR to it).
 */
import { expect, test, type Page } from '@playwright/test';
import { withWorkerPage } from './support/worker-page.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { builtPages, nonEmpty, rel } from './support/site.ts';

const CONTENT = process.env['KB_CONTENT_DIR'] || 'content';
const WIDTH = 320;

/** Every word of the content's source files (frontmatter and body, the shared lists too), longest first. */
function longestWords(): string[] {
  const words = new Set<string>();
  for (const item of readdirSync(CONTENT, { recursive: true, withFileTypes: true })) {
    if (!item.isFile() || !/\.(mdx?|ya?ml)$/.test(item.name)) continue;
    for (const w of readFileSync(path.join(item.parentPath, item.name), 'utf8').match(/[\p{L}\p{N}]+/gu) ?? [])
      words.add(w);
  }
  return [...words].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

/** How far the document is wider than the viewport, with what sticks out the most (for the message). */
async function overflow(page: Page) {
  return page.evaluate(() => {
    const doc = document.documentElement;
    let widest = '';
    let right = 0;
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.right > right && r.width > 0)
        [right, widest] = [r.right, `<${el.tagName.toLowerCase()} class="${el.className}">`];
    }
    return {
      scrollWidth: doc.scrollWidth,
      clientWidth: doc.clientWidth,
      // Hiding the overflow would pass the width check and cut the text off instead.
      hidden: [doc, document.body].some((e) => ['hidden', 'clip'].includes(getComputedStyle(e).overflowX)),
      widest,
      lang: doc.lang,
      // Norwegian prose may be hyphenated (lang="nb"); a hyphen added to code or an address would change it.
      proseHyphens: getComputedStyle(document.querySelector('main') ?? document.body).hyphens,
      hyphenatedCode: [...document.querySelectorAll('code, pre, kbd, samp, a[href^="http"], a[href^="mailto:"]')]
        .filter((e) => getComputedStyle(e).hyphens === 'auto')
        .map((e) => e.outerHTML.slice(0, 80)),
    };
  });
}

test.use({ viewport: { width: WIDTH, height: 640 } });

test('the content has long words to test with', () => {
  expect(longestWords()[0]!.length).toBeGreaterThanOrEqual(20);
});

// One test per page, so that no test's time grows with the site; the pages of a worker share one
// browser page, as this only navigates and measures.
const pageTest = withWorkerPage({ viewport: { width: WIDTH, height: 640 } });
for (const sitePath of nonEmpty(builtPages(), 'built pages')) {
  pageTest(
    `${sitePath} does not scroll sideways at 320 CSS px, and only its prose is hyphenated`,
    async ({ workerPage: page }) => {
      await page.goto(rel(sitePath));
      const o = await overflow(page);
      expect(o.clientWidth).toBe(WIDTH);
      expect(o.hidden, 'overflow is hidden on html or body').toBe(false);
      expect(o.scrollWidth, `${o.scrollWidth} px wide (${o.widest})`).toBeLessThanOrEqual(o.clientWidth);
      expect([o.lang, o.proseHyphens]).toEqual(['nb', 'auto']);
      expect(o.hyphenatedCode).toEqual([]);
    },
  );
}

test('the search page does not scroll sideways with results for the longest word, nor with none', async ({ page }) => {
  const [longest] = longestWords();
  // A word as long, on no page: no Norwegian word starts with «qx» (Pagefind matches word starts).
  const absent = 'qx'.repeat(Math.ceil(longest!.length / 2));
  expect(longestWords().some((w) => w.toLowerCase().startsWith('qx'))).toBe(false);
  for (const [query, expected] of [
    [longest!, ' treff for «'],
    [absent, 'Ingen treff for «'],
  ] as const) {
    await page.goto(`${rel('/sok/')}?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole('status')).toContainText(`${expected}${query}»`);
    const o = await overflow(page);
    expect(o.hidden).toBe(false);
    expect(o.scrollWidth, `/sok/?q=${query}: ${o.widest}`).toBeLessThanOrEqual(o.clientWidth);
  }
});
