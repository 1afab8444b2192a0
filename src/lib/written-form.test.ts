import { describe, expect, test } from 'vitest';
import { langOfPart } from './written-form.ts';

describe('langOfPart', () => {
  test('marks an entry in nynorsk nn', () => {
    expect(langOfPart('nn')).toBe('nn');
  });
  test("leaves an entry in bokmål, the page's own language, unmarked", () => {
    expect(langOfPart('nb')).toBeUndefined();
  });
  test('leaves what is not a written form unmarked, rather than marking it with a wrong language', () => {
    for (const value of [undefined, '', 'en', 'nynorsk', 'NN', 42])
      expect(langOfPart(value), String(value)).toBeUndefined();
  });
});
