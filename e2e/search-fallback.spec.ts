/**
 * An unknown word must not find the pages of a short word it begins with (src/lib/search-fallback.ts):
 * Pagefind answers «fornyelse» with «for», «overgangsvekst» with «over». On the real search page
 * of the built site; which words are unknown, and which pages the known ones must find, is
 * computed from `content/`.
 */
import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { href, nonEmpty, publishedEntries, rel } from './support/site.ts';
import { allResultTitles, search, sourceText, titlesWithWord } from './support/search.ts';
import { words } from '../src/lib/compounds.ts';
import { pagefindForm, unmatchedQueryWords } from '../src/lib/search-fallback.ts';
import { norwegianStem } from '../src/lib/search-stem.ts';
import { paths } from '../src/lib/urls.ts';

const entries = nonEmpty(publishedEntries(), 'published entries in content/');
const synonyms = existsSync('content/synonymer.yaml') ? readFileSync('content/synonymer.yaml', 'utf8') : '';
/** Every word of the content, as Pagefind compares words; the index's added terms are parts of these. */
const corpus = [
  ...new Set(
    [...entries.map((e) => `${sourceText(e)} ${e.data.description}`), synonyms].flatMap((t) =>
      words(t).map(pagefindForm),
    ),
  ),
];
/** Pages per word, to find the words nearly every page has. */
const pagesWith = (w: string) => entries.filter((e) => words(sourceText(e)).map(pagefindForm).includes(w)).length;

/** Unknown: its stem occurs inside no word of the content (so neither in any compound part the index adds). */
const unknown = (w: string) => !corpus.some((c) => c.includes(norwegianStem(pagefindForm(w))));

// The prefixes of the task, and the content's own most common short words.
const common = corpus
  .filter((w) => w.length >= 2 && w.length <= 4 && /^\p{L}+$/u.test(w))
  .sort((a, b) => pagesWith(b) - pagesWith(a) || (a < b ? -1 : 1))
  .slice(0, 6);
const prefixes = [...new Set(['for', 'over', 'sam', 'styr', 'inn', ...common])];
const tails = ['nyelse', 'virring', 'gangsvekst', 'kjøringen', 'blomstring', 'hjulene'];
const cases = prefixes
  .map((prefix, i) => ({ prefix, word: tails.map((_, j) => prefix + tails[(i + j) % tails.length]).find(unknown) }))
  .filter((c): c is { prefix: string; word: string } => c.word !== undefined);

test('the cases cover every prefix, and the common ones are on most pages', () => {
  expect(cases.map((c) => c.prefix)).toEqual(prefixes);
  expect(pagesWith(common[0]!)).toBeGreaterThan(entries.length / 2);
});

test('Pagefind alone answers these unknown words with pages: the fault the search page undoes', async ({ page }) => {
  await page.goto(rel(paths.search()));
  const counts = await page.evaluate(
    async ([script, list]) => {
      const pagefind = await import(/* @vite-ignore */ script);
      await pagefind.options({ exactDiacritics: true });
      return Promise.all(list.map(async (w) => (await pagefind.search(w))?.results.length ?? 0));
    },
    [href('/pagefind/pagefind.js'), cases.map((c) => c.word)] as const,
  );
  // «for» is on most pages: its unknown word gets most of them from Pagefind.
  expect(counts[0]).toBeGreaterThan(entries.length / 2);
});

for (const { prefix, word } of cases) {
  test(`«${word}», in no entry, finds nothing, though «${prefix}…» words are indexed`, async ({ page }) => {
    await search(page, word, { expectHits: false });
    await expect(page.getByRole('status')).toContainText(`Ingen treff for «${word}»`);
    await expect(page.locator('.search-result')).toHaveCount(0);
  });
}

test('a known word with an unknown one finds nothing; the known word alone finds its pages', async ({ page }) => {
  const known = 'styring';
  expect(titlesWithWord(known).length).toBeGreaterThan(0);
  const query = `${known} ${cases[0]!.word}`;
  await search(page, query, { expectHits: false });
  await expect(page.getByRole('status')).toContainText(`Ingen treff for «${query}»`);
  await search(page, known);
  for (const title of titlesWithWord(known)) expect(await allResultTitles(page)).toContain(title);
});

// The same kind from the other side: words that begin with those prefixes and are in the content.
const known = prefixes
  .map((prefix) =>
    corpus.find((w) => w.startsWith(prefix) && w.length >= prefix.length + 5 && titlesWithWord(w).length),
  )
  .filter((w): w is string => w !== undefined);

test('known words beginning with the prefixes still find every page that has them, also half typed', async ({
  page,
}) => {
  test.setTimeout(180_000);
  expect(known.length).toBeGreaterThan(2);
  for (const word of known) {
    const expected = nonEmpty(titlesWithWord(word), `pages with «${word}»`);
    for (const query of [word, word.slice(0, word.length - 2)]) {
      await search(page, query);
      const found = await allResultTitles(page);
      for (const title of expected) expect(found, `«${query}»`).toContain(title);
    }
  }
});

test('every word of the indexed text is found: the fallback check never hides a real hit', async ({ page }) => {
  // Against Pagefind itself, for every word of the content that is in the index: its first result
  // must contain the word by our rule (src/lib/search-fallback.ts, with src/lib/search-stem.ts).
  test.setTimeout(300_000);
  await page.goto(rel(paths.search()));
  const sample = corpus.filter((w) => /^\p{L}{2,}$/u.test(w));
  expect(sample.length).toBeGreaterThan(500);
  const firsts = await page.evaluate(
    async ([script, list]) => {
      const pagefind = await import(/* @vite-ignore */ script);
      await pagefind.options({ exactDiacritics: true });
      const out: [string, { content: string; locations: number[]; meta: Record<string, string> } | null][] = [];
      for (const w of list) {
        const r = await pagefind.search(w);
        const d = r?.results[0] ? await r.results[0].data() : null;
        out.push([w, d && { content: d.content, locations: d.locations, meta: d.meta }]);
      }
      return out;
    },
    [href('/pagefind/pagefind.js'), sample] as const,
  );
  const indexed = new Set(firsts.flatMap(([, d]) => (d ? d.content.split(/\s+/).map(pagefindForm) : [])));
  const checked = firsts.filter(([w, d]) => d && indexed.has(w));
  expect(checked.length).toBeGreaterThan(500);
  const hidden = checked
    .filter(([w, d]) => unmatchedQueryWords(w, d!.content, d!.locations, d!.meta).length > 0)
    .map(([w]) => `${w} (stem ${norwegianStem(w)})`);
  expect(hidden).toEqual([]);
});
