/**
 * Which of a page's added search terms (compound parts, inflected forms, synonyms:
 * src/lib/search-index.ts) Pagefind needs. Pagefind indexes the *stem* of every word: an added
 * term whose stem the page already has, through one of its own words or another added term, puts
 * nothing into the index that is not there already («styringen» beside «styring», «ledere» beside
 * «lederen»: both «leder»). Leaving those out keeps every hit and makes the index smaller and its
 * build faster. Only an exactly equal stem counts: with `exactDiacritics` (the search page's
 * setting) Pagefind also compares the typed word with the stem as a prefix either way
 * (`diacritics_match` in pagefind_web/src/search.rs), so a stem that merely begins another one
 * would not match the same queries; and words with a letter Pagefind folds («å», «é») are always
 * kept, as Pagefind compares their own letters.
 */
import { Parser } from 'htmlparser2';
import { words } from './compounds.ts';
import { norwegianStem } from './search-stem.ts';

/**
 * The text Pagefind indexes in a page's document (src/lib/search-index.ts `indexedDocument`):
 * the text of the element marked `data-pagefind-body` outside elements marked
 * `data-pagefind-ignore`, and outside `script`, `style` and `template`, entities decoded, with a
 * space wherever a tag was (so the attribute values and the tags themselves are no words of the
 * page). Read with an HTML parser (htmlparser2); a text the parser hands over in pieces is
 * joined again, so no word is cut.
 */
export function indexedText(document: string): string {
  const out: string[] = [];
  let depth = 0;
  let body = -1;
  let ignored = -1;
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        depth++;
        if (body < 0 && 'data-pagefind-body' in attributes) body = depth;
        if (ignored < 0 && ('data-pagefind-ignore' in attributes || ['script', 'style', 'template'].includes(name)))
          ignored = depth;
        out.push(' ');
      },
      onclosetag() {
        if (ignored === depth) ignored = -1;
        if (body === depth) body = -1;
        depth--;
        out.push(' ');
      },
      ontext(text) {
        if (body > 0 && ignored < 0) out.push(text);
      },
    },
    { decodeEntities: true },
  );
  parser.write(document);
  parser.end();
  return out.join('');
}

/** The words of `indexedText`: lower case, split at everything but letters and digits (so hyphenated words give their parts). */
export function indexedWords(document: string): Set<string> {
  return new Set(words(indexedText(document)));
}

/** Whether Pagefind folds a letter of the word (NFD marks: «å» → «a», «é» → «e»; «ø» and «æ» are letters of their own). */
function hasFoldedLetter(word: string): boolean {
  return /\p{M}/u.test(word.normalize('NFD'));
}

/**
 * A word's stem as `neededTerms` compares it: `norwegianStem` of the lower-case word, or
 * undefined for a word with a letter Pagefind folds (its own letters are compared).
 */
export type TermStem = (word: string) => string | undefined;

/** `TermStem`, worked out afresh on each call (`rememberedTermStem` keeps the answers). */
export function termStem(word: string): string | undefined {
  return hasFoldedLetter(word) ? undefined : norwegianStem(word.toLowerCase());
}

/**
 * `termStem` remembered per word, for one build: a site's pages share most of their words, and
 * stemming every word of every page was a quarter of the index step's own time (5,000 entries,
 * docs/performance.md). Memory grows with the site's distinct words (≈ 150,000 at 5,000 entries).
 */
export function rememberedTermStem(): TermStem {
  // A word with a folded letter is remembered as '' (no stem is empty): one lookup per word.
  const known = new Map<string, string>();
  return (word) => {
    let stem = known.get(word);
    if (stem === undefined) known.set(word, (stem = termStem(word) ?? ''));
    return stem === '' ? undefined : stem;
  };
}

/**
 * The terms whose stem neither `own` (the page's indexed words) nor an earlier term has, one term
 * per stem; terms with a folded letter and terms of more than one word are all kept. Sorted.
 */
export function neededTerms(own: ReadonlySet<string>, terms: readonly string[], stemOf: TermStem = termStem): string[] {
  const stems = new Set<string>();
  for (const w of own) {
    const stem = stemOf(w);
    if (stem !== undefined) stems.add(stem);
  }
  const needed: string[] = [];
  for (const t of [...new Set(terms)].sort()) {
    const stem = /^[\p{L}\p{N}]+$/u.test(t) ? stemOf(t) : undefined;
    if (stem === undefined) {
      needed.push(t);
      continue;
    }
    if (stems.has(stem)) continue;
    stems.add(stem);
    needed.push(t);
  }
  return needed;
}
