/**
 * «Mente du …?»: for a query with no or few hits, the nearest words the site contains
 * («samordnign» → «samordning»). The build writes the site's words, most used first, as a plain
 * list (one word a line) that the search page fetches only when it needs a suggestion.
 */
import { words } from './compounds.ts';

/** Fewer hits than this, and the search page looks for a better query. */
export const FEW_HITS = 3;
/**
 * At most this many words in the list, the most used first. Measured on the benchmark corpus
 * (docs/search.md): 20,000 words were 385 KB (86 KB gzip) at 1,000 entries; 10,000 keep the
 * list near 190 KB (45 KB gzip) however large the site grows, and typos are mostly of common words.
 */
export const MAX_WORDS = 10_000;
/** Shortest word in the list: «mål», «får». */
const MIN_LISTED = 3;
/** Shortest word we look for typos in: shorter ones have too many neighbours. */
const MIN_WORD = 4;
/** The letters an English keyboard lacks, and the two ways readers type them instead («mal», «maal»). */
const NORWEGIAN_LETTERS: [RegExp, string, string][] = [
  [/å/g, 'a', 'aa'],
  [/ø/g, 'o', 'oe'],
  [/æ/g, 'a', 'ae'],
];

/** Only letters: numbers and codes make poor suggestions. */
const SUGGESTIBLE = /^\p{L}+$/u;

/**
 * The word list for a site: every word of at least MIN_LISTED letters on the indexed pages (given
 * as each page's set of words), ordered by the number of pages that use it (most first, then
 * alphabetically), at most `max` words, one a line.
 */
export function suggestionList(pages: Iterable<ReadonlySet<string>>, max = MAX_WORDS): string {
  const count = new Map<string, number>();
  for (const page of pages)
    for (const w of page) if (w.length >= MIN_LISTED && SUGGESTIBLE.test(w)) count.set(w, (count.get(w) ?? 0) + 1);
  // Words grouped by their count, most used first; each group in code-unit order (the engine's own
  // string sort, no comparator called from script). A site of long compounds has half a million
  // words used once: one sort with a comparator over all of them was most of this step's time.
  const byCount = new Map<number, string[]>();
  for (const [w, n] of count) {
    const group = byCount.get(n);
    if (group) group.push(w);
    else byCount.set(n, [w]);
  }
  const listed: string[] = [];
  for (const n of [...byCount.keys()].sort((a, b) => b - a)) {
    if (listed.length >= max) break;
    for (const w of byCount.get(n)!.sort()) {
      if (listed.length >= max) break;
      listed.push(w);
    }
  }
  return listed.join('\n');
}

/** Optimal string alignment distance (Levenshtein plus swapping two neighbours: «samordnign»), or `limit + 1` once above `limit`. */
export function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const rows: number[][] = [Array.from({ length: b.length + 1 }, (_, j) => j)];
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1]![j]! + 1, row[j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, rows[i - 2]![j - 2]! + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    rows.push(row);
  }
  return rows[a.length]![b.length]!;
}

/** The word as typed on an English keyboard, both ways («mål» → «mal», «maal»). */
function withoutNorwegianLetters(word: string): string[] {
  return [1, 2].map((way) =>
    NORWEGIAN_LETTERS.reduce((w, [letter, short, long]) => w.replace(letter, way === 1 ? short : long), word),
  );
}

/**
 * The nearest word of the list to a query word: the same word with æ, ø or å when the list has
 * it (typed on an English keyboard: «far» → «får», «maal» → «mål»); else the word itself when the
 * list has it; else the word within one edit (four- and five-letter words) or two, fewest edits
 * first, then the most used. Undefined when nothing is near or the word is in the list.
 */
export function nearestWord(word: string, list: readonly string[]): string | undefined {
  if (word.length < MIN_LISTED || !SUGGESTIBLE.test(word)) return undefined;
  const variant = /[æøå]/.test(word)
    ? undefined
    : list.find((w) => /[æøå]/.test(w) && withoutNorwegianLetters(w).includes(word));
  if (variant || list.includes(word) || word.length < MIN_WORD) return variant;
  const limit = word.length <= 5 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of list) {
    const d = editDistance(word, candidate, Math.min(limit, bestDistance - 1));
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  return best;
}

/** A better query: each word replaced by its nearest word of the list; undefined when no word changes. */
export function suggestQuery(query: string, list: readonly string[]): string | undefined {
  const typed = words(query);
  let changed = false;
  const out = typed.map((w) => {
    const near = nearestWord(w, list);
    if (near === undefined || near === w) return w;
    changed = true;
    return near;
  });
  return changed ? out.join(' ') : undefined;
}
