import { describe, expect, test } from 'vitest';
import { type Text, Vocabulary, compoundParts, splitCompound, wordSet, words } from './compounds.ts';

const vocabulary = (...texts: Text[]) => Vocabulary.of(texts);

describe('words', () => {
  test('lower-cases and splits on anything that is not a letter or digit', () => {
    expect(words('IT-styring og Samordning, 0-24!')).toEqual(['it', 'styring', 'og', 'samordning', '0', '24']);
  });
});

describe('splitCompound', () => {
  const v = vocabulary('styring av etat og etater', 'samordning og roller', 'rolle', 'leder', 'handlingsrom');
  test('finds the known head and tail of a compound', () => {
    expect(splitCompound('etatsstyring', v)).toEqual(['etat', 'styring']);
  });
  test('finds a known head joined by a linking s, and the bare form of an inflected tail', () => {
    expect(splitCompound('samordningsroller', v)).toEqual(['samordning', 'roller', 'rolle']);
  });
  test('prefers the longest known tail', () => {
    const v2 = vocabulary('nytte', 'styring', 'ring', 'nyttesty');
    expect(splitCompound('nyttestyring', v2)).toEqual(['nytte', 'styring']);
  });
  test('splits off four-letter parts', () => {
    expect(splitCompound('handlingsplan', vocabulary('handling', 'plan'))).toEqual(['handling', 'plan']);
  });
  test('gives the bare tail of an inflected compound', () => {
    expect(splitCompound('prosjektlederen', vocabulary('prosjekt', 'leder'))).toEqual(['prosjekt', 'lederen', 'leder']);
  });
  test('follows a tail that is itself a compound', () => {
    expect(splitCompound('etatsstyringsdialogen', vocabulary('etat', 'styring', 'dialog'))).toEqual([
      'etat',
      'styringsdialogen',
      'styring',
      'dialogen',
      'dialog',
    ]);
  });
  test('gives every tail compound of a longer compound, also when its head is a compound the corpus knows', () => {
    // «etatsstyring» known as a word: the cut is etatsstyring|s|dialogen, and «styringsdialogen» is a tail too
    const known = vocabulary('etatsstyring', 'etat', 'styring', 'dialog');
    expect(splitCompound('etatsstyringsdialogen', known)).toContain('styringsdialogen');
    expect(splitCompound('prosjektledermøtet', vocabulary('prosjektleder', 'prosjekt', 'leder', 'møte'))).toEqual([
      'prosjekt',
      'leder',
      'prosjektleder',
      'møtet',
      'møte',
      'ledermøtet',
    ]);
    // a linking letter before the inner cut stays with the head: «innførings|kurs|leder» gives «kursleder»
    expect(splitCompound('innføringskursleder', vocabulary('innføring', 'kurs', 'leder'))).toContain('kursleder');
    // a two-part compound has no tail besides its last part
    expect(splitCompound('etatsstyring', known)).toEqual(['etat', 'styring']);
  });
  test('leaves a word alone when its head is no known word («forvaltn|ingen»)', () => {
    expect(splitCompound('forvaltningen', vocabulary('ingen', 'forvaltning'))).toEqual([]);
  });
  test('leaves a word alone when its tail is an inflection of a too short word («arbeids|livet»)', () => {
    expect(splitCompound('arbeidslivet', vocabulary('arbeid', 'liv', 'livet'))).toEqual([]);
  });
  test('leaves words that are not compounds of known words alone', () => {
    expect(splitCompound('departementene', v)).toEqual([]);
    expect(splitCompound('styring', v)).toEqual([]);
    expect(splitCompound('ledere', v)).toEqual([]);
    expect(splitCompound('ansatte', vocabulary('satte', 'anse'))).toEqual([]);
  });
});

describe('Vocabulary.split', () => {
  test('splits like splitCompound, and learns words added later', () => {
    const v = vocabulary('styring', 'etat');
    expect(v.split('etatsstyring')).toEqual(['etat', 'styring']);
    expect(v.split('samordningsroller')).toEqual([]);
    v.add('roller samordning');
    expect(v.split('samordningsroller')).toEqual(['samordning', 'roller']);
  });
});

describe('compoundParts', () => {
  test('adds only parts the text does not already contain', () => {
    const v = vocabulary('styring', 'samordning', 'roller', 'etat');
    expect(compoundParts('Etatsstyring og samordningsroller. Samordning.', v)).toEqual(['etat', 'roller', 'styring']);
  });
  test('takes a text already split into its words the same as the text', () => {
    const v = vocabulary('styring', 'samordning', 'roller');
    const text = 'Etatsstyring og samordningsroller. Samordning.';
    expect(compoundParts(wordSet(text), v)).toEqual(compoundParts(text, v));
    expect([...vocabulary(wordSet(text))]).toEqual([...vocabulary(text)]);
  });
});
