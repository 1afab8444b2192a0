import { describe, expect, test } from 'vitest';
import { highlightFragment, pagefindFilters, parseSearchState, serializeSearchState } from './search-state.ts';

describe('search state in the URL', () => {
  test('reads query, themes, kinds and sort order', () => {
    expect(parseSearchState('?q=styring&tema=samordning&tema=it-styring&type=intervju&sortering=nyeste')).toEqual({
      q: 'styring',
      themes: ['it-styring', 'samordning'],
      types: ['intervju'],
      sort: 'nyeste',
    });
  });
  test('ignores unknown themes and kinds and defaults to relevance', () => {
    expect(parseSearchState('?q=x&tema=samording&type=blogg')).toEqual({
      q: 'x',
      themes: [],
      types: [],
      sort: 'relevans',
    });
  });
  test('writes equal searches as equal URLs, and round-trips', () => {
    const a = serializeSearchState({ q: 'leder', themes: ['samordning', 'etatsstyring'], types: [], sort: 'relevans' });
    expect(a).toBe('?q=leder&tema=etatsstyring&tema=samordning');
    expect(serializeSearchState(parseSearchState(a))).toBe(a);
    expect(serializeSearchState({ q: '', themes: [], types: [], sort: 'relevans' })).toBe('');
  });
});

describe('pagefindFilters', () => {
  test('maps theme ids to the labels the index uses', () => {
    expect(pagefindFilters({ q: '', themes: ['it-styring'], types: ['rapport'], sort: 'relevans' })).toEqual({
      tema: { any: ['IT-styring'] },
      type: { any: ['rapport'] },
    });
  });
});

describe('highlightFragment', () => {
  test('builds a text fragment for each matched word, escaping hyphens', () => {
    expect(highlightFragment(['Samordningen', 'IT-styring', 'Samordningen'])).toBe(
      '#:~:text=Samordningen&text=IT%2Dstyring',
    );
    expect(highlightFragment([])).toBe('');
  });
});
