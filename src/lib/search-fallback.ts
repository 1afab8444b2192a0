/**
 * Pagefind's fallback, undone. When no indexed word begins with the stem of a query word,
 * Pagefind 1.6 searches for the longest indexed word that is a *prefix* of it instead
 * (`find_word_extensions` in pagefind_web/src/search.rs, PR Pagefind/pagefind#315; no option turns
 * it off, issue #793). In Norwegian that turns any unknown word beginning with a common short word
 * into a search for that word: «fornyelse» → «for», «overgangsordning» → «over», «samvirke» →
 * «sam», «innmelding» → «inn», which is on nearly every page. And a query word Pagefind finds
 * nothing for at all is dropped from a query of several words. Either way the reader gets pages
 * that do not contain the word they typed.
 *
 * The fallback is all or nothing per query word: if it applies, every result was found through
 * the shorter word. So one result tells: a query word is found in it when some word at one of its
 * matched locations begins with the word's stem (a stem is a prefix of every word it stems from,
 * src/lib/search-stem.ts). A query word found in no matched word was not in the index, and the
 * search has no real hits (all words must match: Pagefind's own rule for the words it does find).
 */
import { norwegianStem } from './search-stem.ts';

/**
 * A query or page word as Pagefind compares it: lower case, without punctuation (Unicode Pd, Pe,
 * Pf, Pi, Po, Ps, as pagefind_web_js does), and with diacritic marks removed («å» → «a»; «ø» and
 * «æ» are letters of their own and stay).
 */
export function pagefindForm(text: string): string {
  return text
    .toLocaleLowerCase('nb')
    .replace(/[\p{Pd}\p{Pe}\p{Pf}\p{Pi}\p{Po}\p{Ps}]/gu, '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '');
}

/** The stems Pagefind looks up for a query, one per word, in query order. */
export function queryStems(query: string): string[] {
  return pagefindForm(query)
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => norwegianStem(w));
}

/**
 * The forms a page word is indexed under: the whole word, and its parts where it has hyphens or
 * other inner punctuation («IT-styring» → «itstyring», «it», «styring»).
 */
function indexedForms(token: string): string[] {
  const parts = token
    .toLocaleLowerCase('nb')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map(pagefindForm);
  return [pagefindForm(token), ...parts];
}

/**
 * The query's words that a result does NOT contain: those whose stem begins no word at the
 * result's matched `locations` (indices into the `content` of its fragment, split at white space
 * as Pagefind numbers them) and no word of its metadata (`meta`: Pagefind 1.6 also finds words in
 * metadata, title, ingress, theme, without a location). Empty when every word matched, and when
 * the result has no locations (found through its metadata only, or a filter-only search).
 */
export function unmatchedQueryWords(
  query: string,
  content: string,
  locations: readonly number[],
  meta: Readonly<Record<string, string>> = {},
): string[] {
  if (locations.length === 0) return [];
  const tokens = content.split(/[\r\n\s]+/g);
  const matched = [
    ...locations.flatMap((l) => (tokens[l] === undefined ? [] : indexedForms(tokens[l]))),
    ...Object.values(meta).flatMap((value) => value.split(/\s+/).flatMap(indexedForms)),
  ];
  const words = pagefindForm(query).split(/\s+/).filter(Boolean);
  return words.filter((w) => {
    const stem = norwegianStem(w);
    return !matched.some((form) => form.startsWith(stem));
  });
}
