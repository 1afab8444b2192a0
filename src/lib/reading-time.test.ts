import { describe, expect, test } from 'vitest';
import { readingMinutes } from './reading-time.ts';

describe('readingMinutes', () => {
  test('counts about 200 words a minute', () => {
    expect(readingMinutes('ord '.repeat(600))).toBe(3);
    expect(readingMinutes('ord '.repeat(700))).toBe(4);
  });
  test('never says less than a minute', () => {
    expect(readingMinutes('Kort.')).toBe(1);
    expect(readingMinutes('')).toBe(1);
  });
  test('counts words, not markup or hyphenated parts', () => {
    expect(readingMinutes('<p>IT-styring</p> '.repeat(400))).toBe(2);
  });
});
