/**
 * No built page joins words its templates kept apart («klage tilTilsynet», «professor(1 artikkel)»),
 * nor puts a space before a comma: Astro 7 drops a line break between a word and an element (JSX
 * whitespace rules), so a template needs an explicit `{' '}` there. Read in Chromium, so that an
 * element laid out as a block (a flex item, a tag) counts as apart from its neighbours, as it reads.
 * (Runs once: the text does not change with the base path.)
 */
import { expect } from '@playwright/test';
import { builtPages, nonEmpty, rel } from './support/site.ts';
import { withWorkerPage } from './support/worker-page.ts';
import { LAID_OUT_AS_BLOCK, wordSpacingFaults } from '../scripts/lib/word-spacing.ts';

const pageTest = withWorkerPage({ viewport: { width: 1280, height: 900 } });

for (const sitePath of nonEmpty(builtPages(), 'built pages')) {
  pageTest(`${sitePath} keeps its words apart where its source does`, async ({ workerPage: page }) => {
    await page.goto(rel(sitePath));
    const html = await page.evaluate((mark) => {
      for (const el of document.body.querySelectorAll('*')) {
        const display = getComputedStyle(el).display;
        const parent = el.parentElement ? getComputedStyle(el.parentElement).display : '';
        if (!display.startsWith('inline') && display !== 'contents') el.setAttribute(mark, '');
        else if (/flex|grid/.test(parent)) el.setAttribute(mark, '');
      }
      return document.documentElement.outerHTML;
    }, LAID_OUT_AS_BLOCK);
    expect(wordSpacingFaults(html)).toEqual([]);
  });
}
