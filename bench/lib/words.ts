/**
 * The words of the synthetic corpus: drawn by their frequency in the real content, with a long tail
 * of new compounds, so that the vocabulary grows with the corpus as it does on a real site.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KINDS } from '../../src/lib/kinds.ts';
import { splitFrontmatter } from '../../src/lib/frontmatter.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Words of the real content with how often they occur, most frequent first. */
function vocabulary(): { words: string[]; counts: number[] } {
  const counts = new Map<string, number>();
  for (const kind of KINDS) {
    const dir = path.join(PROJECT, 'content', kind.id);
    for (const file of readdirSync(dir).sort()) {
      const { body } = splitFrontmatter(readFileSync(path.join(dir, file), 'utf8'));
      for (const w of body.toLowerCase().match(/[a-zæøå]{2,}/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return { words: ranked.map(([w]) => w), counts: ranked.map(([, n]) => n) };
}

/** How often new compounds appear, and how long they get: the long tail a growing site has. */
export interface CompoundTail {
  /** Share of drawn words that are new compounds (0.04: one word in 25). */
  share: number;
  /** Most known words joined into one compound (2: «styrings» + «dialogen»; 3 adds a third). */
  maxParts: number;
}

/** The bench's own corpus: one word in 25 is a new compound of two known words. */
export const SHORT_TAIL: CompoundTail = { share: 0.04, maxParts: 2 };

/**
 * Draws words as real text uses them: known words by their frequency in the real content
 * («og», «i», «styring» often, rare words rarely), and now and then a compound of two known words
 * («styrings» + «dialogen»), so that the vocabulary keeps growing with the corpus as it does on a
 * real site. A uniform draw from a small vocabulary would make every word occur on every page.
 */
export function wordSampler(random: () => number, tail: CompoundTail = SHORT_TAIL): () => string {
  const { words, counts } = vocabulary();
  const cumulative: number[] = [];
  counts.reduce((sum, n, i) => (cumulative[i] = sum + n), 0);
  const total = cumulative.at(-1)!;
  const long = words.filter((w) => w.length >= 4);
  const frequent = () => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! <= x) lo = mid + 1;
      else hi = mid;
    }
    return words[lo]!;
  };
  return () => {
    if (random() >= tail.share) return frequent();
    let compound = long[Math.floor(random() * long.length)]!;
    // Two parts always (as the bench's corpus has always drawn them), more with a longer tail.
    const parts = tail.maxParts > 2 ? 2 + Math.floor(random() * (tail.maxParts - 1)) : 2;
    for (let p = 1; p < parts; p++) {
      const next = long[Math.floor(random() * long.length)]!;
      compound = `${compound}${random() < 0.4 ? 's' : ''}${next}`;
    }
    return compound;
  };
}
