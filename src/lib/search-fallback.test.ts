import { describe, expect, test } from 'vitest';
import { pagefindForm, queryStems, unmatchedQueryWords } from './search-fallback.ts';

/** Pagefind's content of a page, and the locations of the words given. */
function page(text: string, matched: string[]): [string, number[]] {
  const tokens = text.split(/\s+/);
  const locations = tokens.flatMap((t, i) => (matched.includes(t) ? [i] : []));
  expect(locations.length).toBeGreaterThan(0);
  return [text, locations];
}

describe('pagefindForm', () => {
  test('lower case, no punctuation, å folded as Pagefind does, ø and æ kept', () => {
    expect(pagefindForm('«Forvaltningen»,')).toBe('forvaltningen');
    expect(pagefindForm('IT-styring')).toBe('itstyring');
    expect(pagefindForm('Mål')).toBe('mal');
    expect(pagefindForm('Økonomi og ærlighet')).toBe('økonomi og ærlighet');
  });
  test('one stem per query word', () => {
    expect(queryStems('Lederne  fornyelse')).toEqual(['ledern', 'forny']);
  });
});

describe('unmatchedQueryWords', () => {
  const text = 'Styring for etatene. Vi må gjøre mer for samordning, og IT-styring er over alt, inn i etaten.';
  test('an unknown word that Pagefind answered with a short word it knows is unmatched', () => {
    for (const [query, fallback] of [
      ['fornyelse', 'for'],
      ['forvirring', 'for'],
      ['overgangsordning', 'over'],
      ['innmelding', 'inn'],
      ['samvirke', 'samordning,'],
    ] as const) {
      expect(unmatchedQueryWords(query, ...page(text, [fallback]))).toEqual([query]);
    }
  });
  test('a word found through its stem, an inflection or a hyphenated part is matched', () => {
    expect(unmatchedQueryWords('styringen', ...page(text, ['Styring']))).toEqual([]);
    expect(unmatchedQueryWords('etat', ...page(text, ['etatene.']))).toEqual([]);
    expect(unmatchedQueryWords('styring', ...page(text, ['IT-styring']))).toEqual([]);
    expect(unmatchedQueryWords('samord', ...page(text, ['samordning,']))).toEqual([]);
    expect(unmatchedQueryWords('for', ...page(text, ['for']))).toEqual([]);
  });
  test('in a query of several words, names each word the result lacks', () => {
    expect(unmatchedQueryWords('styring fornyelse', ...page(text, ['Styring', 'for']))).toEqual(['fornyelse']);
    expect(unmatchedQueryWords('styring samordning', ...page(text, ['Styring', 'samordning,']))).toEqual([]);
  });
  test('a word found in the metadata only is matched', () => {
    expect(unmatchedQueryWords('styring intervjuer', ...page(text, ['Styring']), { type: 'Intervju' })).toEqual([]);
    expect(unmatchedQueryWords('styring fornyelse', ...page(text, ['Styring']), { type: 'Intervju' })).toEqual([
      'fornyelse',
    ]);
  });
  test('a result without locations (found through its metadata) tells nothing', () => {
    expect(unmatchedQueryWords('fornyelse', text, [])).toEqual([]);
  });
});
