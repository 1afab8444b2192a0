import { describe, expect, test } from 'vitest';
import { articleCount } from './article-count.ts';

describe('articleCount', () => {
  test('says one article in the singular and others in the plural', () => {
    expect(articleCount(1)).toBe('1 artikkel');
    expect(articleCount(0)).toBe('0 artikler');
    expect(articleCount(12)).toBe('12 artikler');
  });
});
