import { describe, expect, test } from 'vitest';
import { MIN_PART, Vocabulary, splitCompound, type Lexicon } from './compounds.ts';

/**
 * Splitting asks the lexicon about every prefix of every distinct word of the site, so its cost
 * per lookup decides the index step of a site with many long compounds (issue 15: a corpus with
 * four times the distinct words spent most of its build here). Counted, not timed.
 */
class CountingSet extends Set<string> {
  lookups = 0;
  override has(value: string): boolean {
    this.lookups++;
    return super.has(value);
  }
}

function countingLexicon(words: string[], parts: string[]) {
  const lexicon = { words: new CountingSet(words), parts: new CountingSet(parts) };
  return { lexicon: lexicon as Lexicon, lookups: () => lexicon.words.lookups + lexicon.parts.lookups };
}

describe('the cost of splitting a compound', () => {
  test('asks the lexicon at most twice per cut, link or no link, for a word with no known part', () => {
    // Every prefix ends in a linking letter now and then («…s», «…e»), which adds a bare head to ask about.
    const word = 'qxsvtezkqsrwebnxsqtv'.repeat(3);
    const { lexicon, lookups } = countingLexicon(['plan', 'styring'], ['plan', 'styring']);
    const vocabulary = Vocabulary.of([], lexicon);
    expect(splitCompound(word, vocabulary)).toEqual([]);
    const cuts = word.length - 2 * MIN_PART + 1;
    const linked = [...word.slice(0, -MIN_PART)].slice(MIN_PART - 1).filter((c) => c === 's' || c === 'e').length;
    expect(linked).toBeGreaterThan(0);
    // Per cut: the part list and the dictionary for the prefix; the same two for its bare form when it has a link.
    expect(lookups()).toBeLessThanOrEqual(2 * cuts + 2 * linked);
  });

  test('still finds the parts after asking less', () => {
    const { lexicon } = countingLexicon(['handlings', 'styring'], ['styring', 'plan']);
    const vocabulary = Vocabulary.of(['dialogen'], lexicon);
    expect(splitCompound('handlingsplan', vocabulary)).toEqual(['handlings', 'plan']);
    expect(splitCompound('styringsdialogen', vocabulary)).toEqual(['styring', 'dialogen']);
  });
});
