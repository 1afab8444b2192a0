import { describe, expect, test } from 'vitest';
import { closest, didYouMean, distance } from './suggest.ts';
import { THEME_IDS } from '../themes.ts';

describe('did you mean', () => {
  test('counts the edits between two words', () => {
    expect(distance('samording', 'samordning')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
  });
  test('suggests the theme an editor most likely meant', () => {
    expect(didYouMean('samording', THEME_IDS)).toBe(' (mente du «samordning»?)');
    expect(closest('IT-styring', THEME_IDS)).toBe('it-styring');
  });
  test('suggests nothing for a word that is not close to any option', () => {
    expect(didYouMean('økonomi', THEME_IDS)).toBe('');
  });
});
