/**
 * One copy of each distinct word for a whole build's search index step (src/build/search-index.ts),
 * which keeps every page's word set until the index is written. Without it each page holds its own
 * copies, and V8 keeps a word cut out of a longer text (a regular expression match) as a slice of
 * that text, so a page's set of long words kept the page's whole text alive as well. A pooled
 * word is a flat copy: it holds nothing but itself.
 */
export class WordPool {
  readonly #words = new Map<string, string>();

  /** The pooled copy of `word` (the same string object for equal words). */
  word(word: string): string {
    let pooled = this.#words.get(word);
    if (pooled === undefined) {
      // A flat copy, not a slice of the text the word came from.
      pooled = Buffer.from(word, 'utf8').toString('utf8');
      this.#words.set(pooled, pooled);
    }
    return pooled;
  }

  /** A new set of the pooled copies of `words`. */
  set(words: Iterable<string>): Set<string> {
    const out = new Set<string>();
    for (const w of words) out.add(this.word(w));
    return out;
  }

  /** How many distinct words the pool holds. */
  get size(): number {
    return this.#words.size;
  }
}
