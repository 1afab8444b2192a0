/**
 * Norwegian writes compounds as one word: «etatsstyring», «samordningsroller». A search for
 * «styring» or «roller» should find them, and Pagefind matches whole words and prefixes only.
 * So, at index time, each page is given the parts of its compound words. A part is a word the
 * corpus itself uses or a word of the Norwegian lexicon (src/lib/lexicon.ts): a small site has
 * too few words to know «krav» or «plan» on their own.
 *
 * Rules (each one a guard against a kind of false split, see docs/search.md for the measured
 * precision and recall):
 * - both sides of the cut must be known words, the head possibly with a linking -s- or -e-
 *   («etat-s-styring»); an unknown head is what made «forvaltn|ingen» a false split;
 * - head and tail are at least four letters («plan», «krav», «brev»);
 * - an inflected tail counts by its bare form, which must be four letters too: «lederen» is
 *   «leder» + -en, so «prosjektlederen» gives «leder»; «livet» is «liv» + -et, too short, so
 *   «arbeidslivet» stays whole;
 * - a tail may itself be a compound («etats|styrings|dialogen»).
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

/** Shortest head and shortest bare tail we split off: three-letter parts («rom», «mål», «liv») give too many false splits. */
export const MIN_PART = 4;
/** Linking letters Norwegian puts between the parts of a compound: «etat-s-styring», «barn-e-hage». */
const LINKS = ['s', 'e'];
/**
 * Endings an inflected tail may carry, longest first, bokmål and nynorsk: «-ene» (brevene),
 * «-ane» (planane), «-en», «-et», «-er», «-ar», «-a», «-e», «-r», «-t».
 */
const TAIL_ENDINGS = [
  'ene',
  'ane',
  'ers',
  'ens',
  'ets',
  'nes',
  'en',
  'et',
  'er',
  'ar',
  'ne',
  'ns',
  'a',
  'e',
  'n',
  'r',
  't',
  's',
];
/**
 * Tails that are words but, at the end of a longer word, are nearly always a suffix: the
 * participle «-ende» (krev|ende), «-ene», «-ering» (digitalis|ering), the doubled consonant
 * before «-ing» (flyt|ting), «-erte», «-ere» (detalj|erte, mot|ivere). Measured in docs/search.md.
 */
const SUFFIX_TAILS = new Set([
  'ende',
  'ene',
  'ering',
  'ring',
  'ting',
  'ning',
  'lende',
  'lene',
  'erte',
  'ere',
  'ettere',
  'vere',
  'else',
  'lige',
]);
/** A head only the dictionary knows (not as a compound part) must be this long: shorter ones are verb stems («hels», «kris»). */
const MIN_DICTIONARY_HEAD = 5;
/** Deepest nesting of compounds we follow: «etat|styring|dialog» is three parts. */
const MAX_DEPTH = 3;

/**
 * Words known without the corpus (src/lib/lexicon.ts): `words`, every entry of a Norwegian
 * dictionary (heads may be any of them); `parts`, the bare forms it allows inside compounds
 * (tails must be one of them, or a corpus word).
 */
export interface Lexicon {
  words: ReadonlySet<string>;
  parts: ReadonlySet<string>;
}
const NO_LEXICON: Lexicon = { words: new Set(), parts: new Set() };

export class Vocabulary {
  readonly #words = new Set<string>();
  readonly #lexicon: Lexicon;
  /** Splits already worked out: a word recurs on many pages, and is split once. */
  readonly #splits = new Map<string, string[]>();

  constructor(lexicon: Lexicon = NO_LEXICON) {
    this.#lexicon = lexicon;
  }

  /** The vocabulary of some texts, backed by a lexicon. */
  static of(texts: Iterable<Text>, lexicon?: Lexicon): Vocabulary {
    const vocabulary = new Vocabulary(lexicon);
    for (const text of texts) vocabulary.add(text);
    return vocabulary;
  }

  add(text: Text): void {
    // Three-letter words are kept to recognise their inflections («livet» is «liv» + -et), never split off.
    for (const w of wordSet(text)) if (w.length >= MIN_PART - 1) this.#words.add(w);
    this.#splits.clear();
  }

  /** Whether the corpus uses this word. */
  has(word: string): boolean {
    return this.#words.has(word);
  }

  /** Whether the lexicon lists this word as a lemma (a bare form, not an inflection). */
  isLemma(word: string): boolean {
    return this.#lexicon.parts.has(word);
  }

  /** Whether the corpus uses this word or the lexicon lists it as a compound part. */
  knows(word: string): boolean {
    return this.#words.has(word) || this.#lexicon.parts.has(word);
  }

  /** Whether the word may begin a compound: a corpus word or any dictionary entry («handlings»). */
  knowsHead(word: string): boolean {
    return this.knows(word) || this.inDictionary(word);
  }

  /** Whether the dictionary lists the word at all (as any entry, not only as a compound part). */
  inDictionary(word: string): boolean {
    return this.#lexicon.words.has(word);
  }

  get size(): number {
    return this.#words.size;
  }

  /** The corpus's own words (not the lexicon's). */
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
 * The bare form of a word: the word itself when the lexicon lists it («leder»), else the known
 * word it is with one ending («lederen» → «leder»), else the word when the corpus uses it;
 * undefined when none. A bare form shorter than MIN_PART means the word is an inflection of a
 * short word («livet» → «liv»).
 */
export function bareForm(word: string, vocabulary: Vocabulary): string | undefined {
  if (vocabulary.isLemma(word)) return word;
  for (const ending of TAIL_ENDINGS) {
    if (word.length - ending.length < 3 || !word.endsWith(ending)) continue;
    const bare = word.slice(0, -ending.length);
    if (vocabulary.knows(bare)) return bare;
  }
  return vocabulary.knows(word) ? word : undefined;
}

/**
 * The known head of a compound, without its linking letter, or undefined. A head known as a word
 * or compound part comes first, as written («felles», «helse») before without its link
 * («arbeids» → «arbeid»); then one only the dictionary lists, at least MIN_DICTIONARY_HEAD long.
 */
function knownHead(head: string, vocabulary: Vocabulary): string | undefined {
  const link = LINKS.find((l) => head.endsWith(l));
  const bare = link ? head.slice(0, -link.length) : '';
  if (head.length >= MIN_PART && vocabulary.knows(head)) return head;
  if (bare.length >= MIN_PART && vocabulary.knows(bare)) return bare;
  // `knowsHead` is `knows` or the dictionary; `knows` has just said no for both (MIN_DICTIONARY_HEAD
  // > MIN_PART), so only the dictionary is left to ask. Every prefix of every word comes through
  // here: asking twice made the index step of a corpus of long compounds cost half as much again.
  if (bare.length >= MIN_DICTIONARY_HEAD && vocabulary.inDictionary(bare)) return bare;
  if (head.length >= MIN_DICTIONARY_HEAD && vocabulary.inDictionary(head)) return head;
  return undefined;
}

/** A known tail: itself and its bare form, or undefined if it is not a word or an inflection of a too short one. */
function knownTail(tail: string, vocabulary: Vocabulary): string[] | undefined {
  if (SUFFIX_TAILS.has(tail)) return undefined;
  const bare = bareForm(tail, vocabulary);
  if (bare === undefined || bare.length < MIN_PART) return undefined;
  return bare === tail ? [tail] : [tail, bare];
}

/**
 * The words a compound is made of: its head (without linking letter), its tail, and the tail's
 * bare form when the tail is inflected («prosjektlederen» → prosjekt, lederen, leder). The cut
 * with the shortest known head wins, so the longest known tail is kept whole. A compound of more
 * than two parts also gives every tail from one of its cuts to the end: «etatsstyringsdialogen»
 * gives «styringsdialogen», which a reader searching for that word must find. Returns nothing for
 * words that are not compounds of known words.
 */
export function splitCompound(word: string, vocabulary: Vocabulary): string[] {
  const w = word.toLowerCase();
  const found = segment(w, vocabulary, 1);
  return found ? [...new Set([...found.parts, ...found.cuts.map((cut) => w.slice(cut))])] : [];
}

/** A compound's parts, and the offsets in the word where each of its tails begins (after any linking letter). */
interface Segments {
  parts: string[];
  cuts: number[];
}

/** `splitCompound` without the tails, with the cuts; `w` is lower case. */
function segment(w: string, vocabulary: Vocabulary, depth: number): Segments | undefined {
  if (w.length < 2 * MIN_PART) return undefined;
  const cuts: { head: string; tail: string; at: number }[] = [];
  for (let at = MIN_PART; at <= w.length - MIN_PART; at++) {
    const head = knownHead(w.slice(0, at), vocabulary);
    if (head !== undefined) cuts.push({ head, tail: w.slice(at), at });
  }
  const inside = (head: string) => (depth < MAX_DEPTH ? segment(head, vocabulary, depth + 1) : undefined);
  // A tail that is a word beats a tail that is itself a compound: «virksomhet|s|styring», not «virksom|hets|styring».
  for (const [i, { head, tail, at }] of cuts.entries()) {
    const known = knownTail(tail, vocabulary);
    if (!known || SUFFIX_TAILS.has(bareForm(tail, vocabulary) ?? '')) continue;
    // A linking letter belongs to the head when the rest is a word too: «innførings|kurs», not «innføring|skurs».
    const next = cuts[i + 1];
    if (next && next.tail === tail.slice(1) && LINKS.includes(tail[0]!)) {
      const linked = knownTail(next.tail, vocabulary);
      if (linked) {
        const inner = inside(next.head);
        return { parts: [...(inner?.parts ?? []), next.head, ...linked], cuts: [...(inner?.cuts ?? []), next.at] };
      }
    }
    const inner = inside(head);
    return { parts: [...(inner?.parts ?? []), head, ...known], cuts: [...(inner?.cuts ?? []), at] };
  }
  if (depth >= MAX_DEPTH) return undefined;
  for (const { head, tail, at } of cuts) {
    const inner = segment(tail, vocabulary, depth + 1);
    if (inner) return { parts: [head, tail, ...inner.parts], cuts: [at, ...inner.cuts.map((c) => at + c)] };
  }
  return undefined;
}

/** The compound parts of a text that the text does not already contain as words, sorted. */
export function compoundParts(text: Text, vocabulary: Vocabulary): string[] {
  const own = wordSet(text);
  const parts = new Set<string>();
  for (const w of own) for (const part of vocabulary.split(w)) if (!own.has(part)) parts.add(part);
  return [...parts].sort();
}
