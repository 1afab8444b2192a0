/**
 * Pagefind stems words with the Norwegian Snowball stemmer and then matches the query's stem as a
 * prefix of the page's stems. The stemmer is not consistent across a word's forms: «leder» → «led»
 * but «ledere» → «leder» and «lederne» → «ledern», so a search for «lederne» misses a page that only
 * says «leder». As with compounds, the corpus is the dictionary: each page is also given the
 * inflected forms of its words that the corpus itself uses, so every form someone searches for
 * that appears anywhere in the site finds every page with any form of the word.
 */
import { words, type Vocabulary } from './compounds.ts';

/** Bokmål endings of nouns (-en, -et, -ene, -er, -ere, -erne), adjectives (-e, -t, -ere, -este) and verbs (-er, -te, -de), and the genitive -s. */
export const ENDINGS = [
  'a',
  'e',
  'n',
  'r',
  's',
  't',
  'de',
  'en',
  'er',
  'es',
  'et',
  'ne',
  'te',
  'ene',
  'ens',
  'ere',
  'ers',
  'est',
  'ets',
  'nes',
  'erne',
  'este',
  'ernes',
] as const;

/** Shortest word we inflect: shorter ones («rom» + «an») give chance matches. */
const MIN_WORD = 4;

/** For every vocabulary word, the other vocabulary words that are it plus one ending. Linear in the vocabulary. */
export function inflectionTable(vocabulary: Vocabulary): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const word of vocabulary) {
    if (word.length < MIN_WORD) continue;
    const forms = ENDINGS.map((e) => word + e).filter((f) => vocabulary.has(f));
    if (forms.length > 0) table.set(word, forms);
  }
  return table;
}

/**
 * The inflected forms of a text's words (and of `extra` words, such as compound parts) that the
 * corpus uses and the text does not, sorted.
 */
export function inflectionTerms(text: string, table: Map<string, string[]>, extra: readonly string[] = []): string[] {
  const own = new Set(words(text));
  const forms = new Set<string>();
  for (const w of [...own, ...extra]) for (const f of table.get(w) ?? []) if (!own.has(f)) forms.add(f);
  return [...forms].sort();
}
