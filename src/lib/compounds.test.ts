import { describe, expect, test } from 'vitest';
import { type Text, Vocabulary, compoundParts, splitCompound, wordSet, words } from './compounds.ts';

const vocabulary = (...texts: Text[]) => Vocabulary.of(texts);

describe('words', () => {
  test('lower-cases and splits on anything that is not a letter or digit', () => {
    expect(words('IT-styring og Samordning, 0-24!')).toEqual(['it', 'styring', 'og', 'samordning', '0', '24']);
  });
});

describe('splitCompound', () => {
  const v = vocabulary('styring av etater', 'samordning og roller', 'leder', 'handlingsrom');
  test('finds the known tail of a compound', () => {
    expect(splitCompound('etatsstyring', v)).toEqual(['styring']);
  });
  test('finds a known head joined by a linking s', () => {
    expect(splitCompound('samordningsroller', v)).toEqual(['samordning', 'roller']);
  });
  test('prefers the longest known tail', () => {
    const v2 = vocabulary('styring', 'ring');
    expect(splitCompound('nyttestyring', v2)).toEqual(['styring']);
  });
  test('leaves words that are not compounds of known words alone', () => {
    expect(splitCompound('departementene', v)).toEqual([]);
    expect(splitCompound('styring', v)).toEqual([]);
    expect(splitCompound('ledere', v)).toEqual([]);
  });
});

describe('Vocabulary.split', () => {
  test('splits like splitCompound, and learns words added later', () => {
    const v = vocabulary('styring');
    expect(v.split('etatsstyring')).toEqual(['styring']);
    expect(v.split('samordningsroller')).toEqual([]);
    v.add('roller');
    expect(v.split('samordningsroller')).toEqual(['roller']);
  });
});

describe('compoundParts', () => {
  test('adds only parts the text does not already contain', () => {
    const v = vocabulary('styring', 'samordning', 'roller');
    expect(compoundParts('Etatsstyring og samordningsroller. Samordning.', v)).toEqual(['roller', 'styring']);
  });
  test('takes a text already split into its words the same as the text', () => {
    const v = vocabulary('styring', 'samordning', 'roller');
    const text = 'Etatsstyring og samordningsroller. Samordning.';
    expect(compoundParts(wordSet(text), v)).toEqual(compoundParts(text, v));
    expect([...vocabulary(wordSet(text))]).toEqual([...vocabulary(text)]);
  });
});
