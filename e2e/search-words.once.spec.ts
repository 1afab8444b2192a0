/**
 * The search index separates words where the page does: a label and its value, table cells, list
 * items, block elements, line breaks. Read from the index itself (Pagefind's gzipped fragments in
 * the build), each indexed page's text is checked against the words Chromium shows readers on that
 * page (`innerText`, which follows the page's own blocks, cells and line breaks). Runs against the
 * real build and the long-words fixture site (scripts/reflow.test.ts).
 */
import { expect } from '@playwright/test';
import { withWorkerPage } from './support/worker-page.ts';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { COMPOUND_MARKER } from '../src/lib/search-index.ts';
import { DIST, nonEmpty, rel } from './support/site.ts';

interface Fragment {
  url: string;
  content: string;
}

/** Every page in the index, sorted by URL, from its fragment file (gzip; Pagefind puts a `pagefind_dcd` signature first). */
function fragments(): Fragment[] {
  const dir = path.join(DIST, 'pagefind/fragment');
  return readdirSync(dir)
    .map((file) => {
      const text = gunzipSync(readFileSync(path.join(dir, file))).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as Fragment;
    })
    .sort((a, b) => a.url.localeCompare(b.url));
}

const words = (text: string) => text.match(/[\p{L}\p{N}]+/gu) ?? [];

// One test per indexed page, so that no test's time grows with the site; the pages of a worker
// share one browser page, as this only navigates and reads.
const test = withWorkerPage({});
for (const fragment of nonEmpty(fragments(), 'pages in the search index')) {
  test(`every word the index holds for ${fragment.url} is a word the page shows`, async ({ workerPage: page }) => {
    // The related search terms are added to the index only, on purpose (src/lib/compounds.ts).
    const [text] = fragment.content.split(COMPOUND_MARKER);
    // Fragments hold the site path; the base path is added by the search at run time.
    await page.goto(rel(fragment.url));
    const shown = await page.evaluate(() => {
      const body = document.querySelector<HTMLElement>('[data-pagefind-body]')!;
      for (const ignored of body.querySelectorAll('[data-pagefind-ignore]')) ignored.remove();
      return body.innerText;
    });
    const onPage = new Set(words(shown));
    const pageWords = words(text!);
    expect(pageWords.length).toBeGreaterThan(0);
    expect([...new Set(pageWords)].filter((w) => !onPage.has(w)).map((w) => `«${w}»`)).toEqual([]);
  });
}
