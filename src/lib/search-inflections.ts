/**
 * Pagefind stems words with the Norwegian Snowball stemmer and then matches the query's stem as a
 * prefix of the page's stems. The stemmer is not consistent across a word's forms: «leder» → «led»
 * but «ledere» → «leder» and «lederne» → «ledern», so a search for «lederne» misses a page that only
 * says «leder». As with compounds, the corpus is the dictionary: each page is also given the
 * inflected forms of its words that the corpus itself uses, so every form someone searches for
 * that appears anywhere in the site finds every page with any form of the word.
 */
import { wordSet, type Text, type Vocabulary } from './compounds.ts';

/** Bokmål endings of nouns (-en, -et, -ene, -er, -ere, -erne), adjectives (-e, -t, -ere, -este) and verbs (-er, -te, -de), the genitive -s, and the nynorsk endings bokmål lacks. */
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
  // nynorsk: plural -ar/-ane (planar, planane), definite -a (breva), superlative -ast
  'ar',
  'ane',
  'ast',
] as const;

/** Shortest word we inflect: shorter ones («rom» + «an») give chance matches. */
const MIN_WORD = 4;

/**
 * For every vocabulary word, the other vocabulary words that are it plus one ending, in the order
 * of ENDINGS. Linear in the vocabulary: each word is looked at as a possible form, and only the
 * endings it actually has are cut off and looked up.
 */
export function inflectionTable(vocabulary: Vocabulary): Map<string, string[]> {
  const found = new Map<string, [number, string][]>();
  for (const form of vocabulary) {
    for (const [order, ending] of ENDINGS.entries()) {
      if (form.length - ending.length < MIN_WORD || !form.endsWith(ending)) continue;
      const word = form.slice(0, -ending.length);
      if (!vocabulary.has(word)) continue;
      const forms = found.get(word);
      if (forms) forms.push([order, form]);
      else found.set(word, [[order, form]]);
    }
  }
  const table = new Map<string, string[]>();
  for (const [word, forms] of found)
    table.set(
      word,
      forms.sort((a, b) => a[0] - b[0]).map(([, form]) => form),
    );
  return table;
}

/**
 * The inflected forms of a text's words (and of `extra` words, such as compound parts) that the
 * corpus uses and the text does not, sorted.
 */
export function inflectionTerms(text: Text, table: Map<string, string[]>, extra: readonly string[] = []): string[] {
  const own = wordSet(text);
  const forms = new Set<string>();
  for (const w of [...own, ...extra]) for (const f of table.get(w) ?? []) if (!own.has(f)) forms.add(f);
  return [...forms].sort();
}
