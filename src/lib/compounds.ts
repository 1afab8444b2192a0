/**
 * Norwegian writes compounds as one word: «etatsstyring», «samordningsroller». A search for
 * «styring» or «roller» should find them, and Pagefind matches whole words and prefixes only.
 * So, at index time, each page is given the parts of its compound words, where those parts are
 * words the corpus itself uses. No dictionary: the corpus is the vocabulary.
 */

/** Words as Pagefind sees them: lower case letters and digits; hyphenated words are split. */
export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A text, or the set of its words when it has been split already (a page is split once, not per step). */
export type Text = string | ReadonlySet<string>;

/** The distinct words of a text. */
export function wordSet(text: Text): ReadonlySet<string> {
  return typeof text === 'string' ? new Set(words(text)) : text;
}

/** Shortest head we split off: shorter ones («rom», «mål») give too many false splits. */
const MIN_PART = 4;
/** Shortest tail: four-letter tails («ment», «dere», «topp») are mostly false splits. */
const MIN_TAIL = 5;
/** Linking letters Norwegian puts between the parts of a compound: «etat-s-styring», «barn-e-hage». */
const LINKS = ['s', 'e'];

export class Vocabulary {
  readonly #words = new Set<string>();
  /** Splits already worked out: a word recurs on many pages, and is split once. */
  readonly #splits = new Map<string, string[]>();

  /** The vocabulary of some texts. */
  static of(texts: Iterable<Text>): Vocabulary {
    const vocabulary = new Vocabulary();
    for (const text of texts) vocabulary.add(text);
    return vocabulary;
  }

  add(text: Text): void {
    for (const w of wordSet(text)) if (w.length >= MIN_PART) this.#words.add(w);
    this.#splits.clear();
  }

  has(word: string): boolean {
    return this.#words.has(word);
  }

  get size(): number {
    return this.#words.size;
  }

  [Symbol.iterator](): IterableIterator<string> {
    return this.#words.values();
  }

  /** `splitCompound`, remembered per word until the vocabulary changes. */
  split(word: string): string[] {
    let parts = this.#splits.get(word);
    if (!parts) this.#splits.set(word, (parts = splitCompound(word, this)));
    return parts;
  }
}

/**
 * The corpus words a compound is made of: the longest known tail («styring» in «etatsstyring»)
 * and, when it is a known word too, the head («samordning» in «samordningsroller»).
 * Returns nothing for words that are not compounds of known words.
 */
export function splitCompound(word: string, vocabulary: Vocabulary): string[] {
  const w = word.toLowerCase();
  if (w.length < MIN_PART + MIN_TAIL) return [];
  for (let cut = MIN_PART; cut <= w.length - MIN_TAIL; cut++) {
    const tail = w.slice(cut);
    if (!vocabulary.has(tail)) continue;
    const parts = [tail];
    const head = w.slice(0, cut);
    if (head.length >= MIN_PART && vocabulary.has(head)) parts.unshift(head);
    else {
      for (const link of LINKS) {
        const bare = head.endsWith(link) ? head.slice(0, -link.length) : '';
        if (bare.length >= MIN_PART && vocabulary.has(bare)) {
          parts.unshift(bare);
          break;
        }
      }
    }
    return parts;
  }
  return [];
}

/** The compound parts of a text that the text does not already contain as words, sorted. */
export function compoundParts(text: Text, vocabulary: Vocabulary): string[] {
  const own = wordSet(text);
  const parts = new Set<string>();
  for (const w of own) for (const part of vocabulary.split(w)) if (!own.has(part)) parts.add(part);
  return [...parts].sort();
}
