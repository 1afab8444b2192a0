import { describe, expect, test } from 'vitest';
import { editDistance, nearestWord, suggestQuery, suggestionList } from './search-suggest.ts';

describe('suggestionList', () => {
  test('lists words of three letters or more, those on most pages first, without numbers', () => {
    const pages = [new Set(['styring', 'etat', 'og', '2017']), new Set(['styring', 'mål']), new Set(['etat'])];
    expect(suggestionList(pages).split('\n')).toEqual(['etat', 'styring', 'mål']);
  });
  test('keeps at most the given number of words', () => {
    expect(suggestionList([new Set(['aaaa', 'bbbb', 'cccc'])], 2).split('\n')).toEqual(['aaaa', 'bbbb']);
  });
});

describe('editDistance', () => {
  test('counts a swap of two neighbouring letters as one edit', () => {
    expect(editDistance('samordnign', 'samordning', 2)).toBe(1);
    expect(editDistance('ettatsstyring', 'etatsstyring', 2)).toBe(1);
    expect(editDistance('styring', 'styring', 2)).toBe(0);
  });
  test('stops above the limit', () => {
    expect(editDistance('samordning', 'etatsstyring', 2)).toBe(3);
  });
});

describe('nearestWord and suggestQuery', () => {
  const list = ['styring', 'samordning', 'etatsstyring', 'mål', 'mal', 'får', 'leder', 'ledere'];
  test('gives the word the site has for a typo', () => {
    expect(nearestWord('samordnign', list)).toBe('samordning');
    expect(nearestWord('ettatsstyring', list)).toBe('etatsstyring');
  });
  test('offers the word with æ, ø or å for one typed without them', () => {
    expect(nearestWord('far', ['far', 'får'])).toBe('får');
    expect(nearestWord('mal', list)).toBe('mål');
    expect(nearestWord('maal', list)).toBe('mål');
    expect(nearestWord('forer', ['fører'])).toBe('fører');
    expect(nearestWord('mål', list)).toBeUndefined();
  });
  test('keeps a word the site has, and one typed with æ, ø or å', () => {
    expect(nearestWord('styring', list)).toBe(undefined);
    expect(nearestWord('ledere', list)).toBe(undefined);
  });
  test('suggests nothing when nothing is near', () => {
    expect(nearestWord('kvantefysikk', list)).toBeUndefined();
  });
  test('rewrites each word of a query, or returns nothing when no word changes', () => {
    expect(suggestQuery('samordnign og styring', list)).toBe('samordning og styring');
    expect(suggestQuery('styring', list)).toBeUndefined();
  });
});
