import { describe, expect, test } from 'vitest';
import { articleCount, listingCount } from './article-count.ts';

describe('articleCount', () => {
  test('says one article in the singular and others in the plural', () => {
    expect(articleCount(1)).toBe('1 artikkel');
    expect(articleCount(0)).toBe('0 artikler');
    expect(articleCount(12)).toBe('12 artikler');
  });
});

describe('listingCount', () => {
  test('says how many entries a listing has, with a space before the word, and the page when there are several', () => {
    expect(listingCount(1, 1, 1)).toBe('1 oppføring');
    expect(listingCount(3, 1, 1)).toBe('3 oppføringer');
    expect(listingCount(45, 2, 3)).toBe('45 oppføringer, side 2 av 3');
  });
});
