/**
 * Leaving out the added search terms whose stem a page has already (src/lib/search-terms.ts) must
 * lose no hit: each term left out, searched for in Chromium with the real index and the search
 * page's options, still finds the page it was left out of. The terms are computed from the built
 * pages with the same steps as the index (src/build/search-index.ts).
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { DIST, builtPages, href, rel } from './support/site.ts';
import { Vocabulary, compoundParts, wordSet } from '../src/lib/compounds.ts';
import { inflectionTable, inflectionTerms } from '../src/lib/search-inflections.ts';
import { indexedDocument, isIndexable } from '../src/lib/search-index.ts';
import { norwegianLexicon } from '../src/lib/lexicon.ts';
import { checkSynonyms, synonymTerms, wordLine } from '../src/lib/synonyms.ts';
import { indexedText, indexedWords, neededTerms } from '../src/lib/search-terms.ts';
import { paths } from '../src/lib/urls.ts';

function leftOut(): { url: string; term: string }[] {
  const pages = builtPages()
    .filter((p) => p.endsWith('/'))
    .map((p) => ({ url: p, html: readFileSync(path.join(DIST, p, 'index.html'), 'utf8') }))
    .filter((p) => isIndexable(p.html))
    .map((p) => {
      const document = indexedDocument(p.html);
      const text = indexedText(document);
      return { url: p.url, document, words: wordSet(text), line: wordLine(text) };
    });
  const vocabulary = Vocabulary.of(
    pages.map((p) => p.words),
    norwegianLexicon(),
  );
  const synonymFile = 'content/synonymer.yaml';
  const groups = existsSync(synonymFile) ? checkSynonyms(readFileSync(synonymFile, 'utf8')).groups : [];
  const table = inflectionTable(vocabulary);
  return pages.flatMap((p) => {
    const parts = compoundParts(p.words, vocabulary);
    const all = [...new Set([...parts, ...inflectionTerms(p.words, table, parts), ...synonymTerms(p.line, groups)])];
    const kept = new Set(neededTerms(indexedWords(p.document), all));
    return all.filter((t) => !kept.has(t)).map((term) => ({ url: p.url, term }));
  });
}

test('every added term left out of a page still finds that page', async ({ page }) => {
  test.setTimeout(300_000);
  const cases = leftOut();
  expect(cases.length, 'terms left out on the site').toBeGreaterThan(20);
  await page.goto(rel(paths.search()));
  const found = await page.evaluate(
    async ([script, list]) => {
      const pagefind = await import(/* @vite-ignore */ script);
      await pagefind.options({ exactDiacritics: true });
      const urls = new Map<string, string[]>();
      const out: boolean[] = [];
      for (const { url, term } of list) {
        if (!urls.has(term)) {
          const r = await pagefind.search(term);
          urls.set(term, await Promise.all((r?.results ?? []).map(async (x: any) => (await x.data()).url as string)));
        }
        out.push(urls.get(term)!.some((u) => u.endsWith(url)));
      }
      return out;
    },
    [href('/pagefind/pagefind.js'), cases] as const,
  );
  const lost = cases.filter((_, i) => !found[i]).map((c) => `${c.url}: «${c.term}»`);
  expect(lost).toEqual([]);
});
