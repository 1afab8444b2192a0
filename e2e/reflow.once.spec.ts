/**
 * Reflow, WCAG 2.1 SC 1.4.10: at 320 CSS px no page scrolls sideways, whatever long word the
 * content has (titles, breadcrumbs, table of contents, tables, cards, person and publication pages,
 * URLs written out, code, footer), nor the search page showing results or «no results» for it.
 * Also with the browser's text size at 200 % (SC 1.4.4) at 320 and 360 CSS px: no page scrolls
 * sideways, no select cuts its options off, no heading or other text larger than the body breaks a
 * word that a line of body text would hold whole, and at 360 px no word of the site's own interface (the site's name, navigation, form
 * labels) breaks inside itself.
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

/**
 * Words of the site's own interface (not the content's) that break across lines other than at a
 * hyphen or soft hyphen: the site's name, the header's search, the navigation, every form control's
 * label. (Prose, the content's and the site's own, may hyphenate a long compound where it must.)
 */
async function brokenInterfaceWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const interfaceText = [
      '.site-header',
      '.site-footer__name',
      '.site-footer nav',
      '.pagination',
      'main form label',
      'main form legend',
      'main form button',
    ];
    for (const root of document.querySelectorAll(interfaceText.join(', '))) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        // The line of each character: the last box of its range (a soft hyphen's «-» comes first).
        const lineOf = (i: number) => {
          const range = document.createRange();
          range.setStart(node!, i);
          range.setEnd(node!, i + 1);
          return [...range.getClientRects()]
            .filter((r) => r.width > 0)
            .map((r) => Math.round(r.top))
            .at(-1);
        };
        for (const word of text.matchAll(/\S+/g)) {
          for (let i = word.index + 1; i < word.index + word[0].length; i++) {
            const atHyphen = ['-', '\u00AD'].includes(text[i - 1]!) || text[i] === '\u00AD';
            const [before, here] = [lineOf(i - 1), lineOf(i)];
            if (!atHyphen && before !== undefined && here !== undefined && before !== here) {
              broken.push(
                `«${word[0]}» in <${node.parentElement!.tagName.toLowerCase()} class="${node.parentElement!.className}">`,
              );
              break;
            }
          }
        }
      }
    }
    return broken;
  });
}

/**
 * Words that text set larger than the body (headings, quotes, card titles) breaks inside itself (not
 * at a hyphen or soft hyphen) although its line would hold them whole at the body text's size: the
 * size, not the word, is what breaks them. Chromium here has no hyphenation dictionary, so such a
 * break has no hyphen («Kunnska|psbanke|n»). A word too long even for a line of body text may still
 * break (overflow-wrap: anywhere, SC 1.4.10).
 */
async function largeTextBreakingWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    const bodySize = getComputedStyle(document.body).fontSize;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement!;
      const size = getComputedStyle(parent).fontSize;
      if (parseFloat(size) <= parseFloat(bodySize) || !parent.checkVisibility()) continue;
      let block: Element = parent;
      while (getComputedStyle(block).display.startsWith('inline') && block.parentElement) block = block.parentElement;
      const blockStyle = getComputedStyle(block);
      const line = block.clientWidth - parseFloat(blockStyle.paddingLeft) - parseFloat(blockStyle.paddingRight);
      const text = node.textContent ?? '';
      const lineOf = (i: number) => {
        const range = document.createRange();
        range.setStart(node!, i);
        range.setEnd(node!, i + 1);
        return [...range.getClientRects()]
          .filter((r) => r.width > 0)
          .map((r) => Math.round(r.top))
          .at(-1);
      };
      for (const word of text.matchAll(/\S+/g)) {
        const breaksInside = Array.from({ length: word[0].length - 1 }, (_, k) => word.index + k + 1).some((i) => {
          const atHyphen = ['-', '\u00AD'].includes(text[i - 1]!) || text[i] === '\u00AD';
          const [before, here] = [lineOf(i - 1), lineOf(i)];
          return !atHyphen && before !== undefined && here !== undefined && before !== here;
        });
        if (!breaksInside) continue;
        // The word whole, in its own face but at the body's size (through the CSSOM, which the CSP allows).
        const probe = document.createElement('span');
        probe.textContent = word[0];
        probe.style.whiteSpace = 'nowrap';
        probe.style.fontSize = bodySize;
        parent.append(probe);
        const width = probe.getBoundingClientRect().width;
        probe.remove();
        if (width <= line)
          broken.push(
            `«${word[0]}» in <${block.tagName.toLowerCase()} class="${block.className}"> at ${size} on a ${Math.round(line)} px line`,
          );
      }
    }
    return broken;
  });
}

/**
 * Selects narrower than their longest option: a select does not wrap, so the choice is cut off.
 * Its own max-content width is measured by lifting the site's limits for a moment (through the
 * CSSOM, which the CSP allows), then put back.
 */
async function clippedSelects(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('select')].flatMap((select) => {
      const width = select.getBoundingClientRect().width;
      if (width === 0) return [];
      const { width: w, maxWidth } = select.style;
      select.style.width = 'max-content';
      select.style.maxWidth = 'none';
      const needed = select.getBoundingClientRect().width;
      [select.style.width, select.style.maxWidth] = [w, maxWidth];
      return needed > width + 0.5
        ? [`<select id="${select.id}"> ${Math.round(width)} of ${Math.round(needed)} px`]
        : [];
    }),
  );
}

/**
 * The browser's text size, as a reader sets it (Chromium's default font size, which also moves
 * `em` in media queries), for the page until the returned function puts it back.
 */
async function textSize(page: Page, percent: number): Promise<() => Promise<void>> {
  const cdp = await page.context().newCDPSession(page);
  const set = (p: number) =>
    cdp.send('Page.setFontSizes', { fontSizes: { standard: (16 * p) / 100, fixed: (13 * p) / 100 } });
  await set(percent);
  return async () => {
    await set(100);
    await cdp.detach();
  };
}

/**
 * The widths checked with large text: the reflow width and a common phone's. At 320 px with 200 %
 * text a line holds about eight em, shorter than many a Norwegian compound: there a word may break
 * (overflow-wrap: anywhere) rather than the page scroll. At 360 px the interface's words fit whole.
 */
const LARGE_TEXT_WIDTHS = [
  { width: WIDTH, wholeWords: false },
  { width: 360, wholeWords: true },
];

test.use({ viewport: { width: WIDTH, height: 640 } });

test('the content has long words to test with', () => {
  expect(longestWords()[0]!.length).toBeGreaterThanOrEqual(20);
});

// One test per page, so that no test's time grows with the site; the pages of a worker share one
// browser page, as this only navigates and measures.
const pageTest = withWorkerPage({ viewport: { width: WIDTH, height: 640 } });
for (const sitePath of nonEmpty(builtPages(), 'built pages')) {
  pageTest(
    `${sitePath} does not scroll sideways at 320 CSS px, only its prose is hyphenated, and no heading breaks a word the body keeps whole`,
    async ({ workerPage: page }) => {
      await page.setViewportSize({ width: WIDTH, height: 640 });
      await page.goto(rel(sitePath));
      const o = await overflow(page);
      expect(o.clientWidth).toBe(WIDTH);
      expect(o.hidden, 'overflow is hidden on html or body').toBe(false);
      expect(o.scrollWidth, `${o.scrollWidth} px wide (${o.widest})`).toBeLessThanOrEqual(o.clientWidth);
      expect([o.lang, o.proseHyphens]).toEqual(['nb', 'auto']);
      expect(o.hyphenatedCode).toEqual([]);
      // 320 CSS px is also a 1280 px window at 400 % zoom (SC 1.4.10's own case).
      expect(await largeTextBreakingWords(page), `${WIDTH} px`).toEqual([]);
    },
  );
  pageTest(
    `${sitePath} does not scroll sideways with text at 200 % at 320 and 360 CSS px, nor break its headings' or interface's words`,
    async ({ workerPage: page }) => {
      await page.setViewportSize({ width: WIDTH, height: 640 });
      await page.goto(rel(sitePath));
      const reset = await textSize(page, 200);
      try {
        expect(await page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('32px');
        for (const { width, wholeWords } of LARGE_TEXT_WIDTHS) {
          await page.setViewportSize({ width, height: 640 });
          const o = await overflow(page);
          expect(o.clientWidth).toBe(width);
          expect(o.scrollWidth, `${width} px, 200 %: ${o.scrollWidth} px wide (${o.widest})`).toBeLessThanOrEqual(
            width,
          );
          if (wholeWords) expect(await brokenInterfaceWords(page), `${width} px, 200 %`).toEqual([]);
          expect(await largeTextBreakingWords(page), `${width} px, 200 %`).toEqual([]);
          expect(await clippedSelects(page), `${width} px, 200 %`).toEqual([]);
        }
      } finally {
        await reset();
        await page.setViewportSize({ width: WIDTH, height: 640 });
      }
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
    const reset = await textSize(page, 200);
    for (const { width, wholeWords } of LARGE_TEXT_WIDTHS) {
      await page.setViewportSize({ width, height: 640 });
      const large = await overflow(page);
      expect(large.scrollWidth, `/sok/?q=${query}, ${width} px, 200 %: ${large.widest}`).toBeLessThanOrEqual(width);
      if (wholeWords) expect(await brokenInterfaceWords(page), `/sok/?q=${query}, ${width} px, 200 %`).toEqual([]);
      expect(await largeTextBreakingWords(page), `/sok/?q=${query}, ${width} px, 200 %`).toEqual([]);
      expect(await clippedSelects(page), `/sok/?q=${query}, ${width} px, 200 %`).toEqual([]);
    }
    await reset();
    await page.setViewportSize({ width: WIDTH, height: 640 });
  }
});
