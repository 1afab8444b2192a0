import { describe, expect, test } from 'vitest';
import { COMPOUND_MARKER } from './search-index.ts';
import { addedTerms, markMatches, matchesQuery } from './search-highlight.ts';
import { queryBases } from './search-excerpt.ts';

const marks = (text: string, query: string, parts: string[] = []) => markMatches(text, queryBases(query), parts);

describe('matchesQuery: a match starts where a word starts', () => {
  test('never inside a word: «ikt» is not in «viktig», «plan» not in «kaplan», «leder» not in «bleder»', () => {
    expect(matchesQuery('viktig', ['ikt'])).toBe(false);
    expect(matchesQuery('Viktigste,', ['ikt'])).toBe(false);
    expect(matchesQuery('kaplan', ['plan'])).toBe(false);
    expect(matchesQuery('bleder', ['leder'])).toBe(false);
    expect(matchesQuery('områdene', ['råd'])).toBe(false);
  });
  test('at the start of a word, of its part after a hyphen or an apostrophe, whatever the case', () => {
    expect(matchesQuery('IKT', ['ikt'])).toBe(true);
    expect(matchesQuery('IKT-løsninger', ['løsning'])).toBe(true);
    expect(matchesQuery('«IT-styring»,', ['styring'])).toBe(true);
    expect(matchesQuery("DFØ's", ['dfø'])).toBe(true);
    expect(matchesQuery('Ærlighet', ['ærlig'])).toBe(true);
    expect(matchesQuery('økonomistyring', ['øko'])).toBe(true);
  });
  test('a stemmed hit: the base of «lederne» begins «leder», «ledere», «lederen»', () => {
    const bases = queryBases('lederne');
    for (const w of ['leder', 'ledere', 'lederen', 'Lederne']) expect(matchesQuery(w, bases), w).toBe(true);
    expect(matchesQuery('led', bases)).toBe(false);
  });
  test('inside a compound only where the index put one of its parts', () => {
    expect(matchesQuery('etatsstyring', ['styring'])).toBe(false);
    expect(matchesQuery('etatsstyring', ['styring'], ['etat', 'styring'])).toBe(true);
    expect(matchesQuery('etatsstyringsdialogen', ['styringsdialog'], ['styringsdialogen'])).toBe(true);
    expect(matchesQuery('etatsstyringsdialogen', ['dialog'], ['dialog'])).toBe(true);
    // a part of the page does not open every word to inside matches: only where it stands
    expect(matchesQuery('viktig', ['ikt'], ['styring'])).toBe(false);
    // parts shorter than a compound part (four letters) are no compound parts
    expect(matchesQuery('viktig', ['ikt'], ['ikt'])).toBe(false);
  });
  test('a query without words matches nothing', () => {
    expect(matchesQuery('styring', [])).toBe(false);
  });
});

describe('markMatches', () => {
  test('marks whole words that start with a base, not the ones that hold it', () => {
    expect(marks('Det er viktig med IKT i staten.', 'ikt')).toEqual({
      html: 'Det er viktig med <mark>IKT</mark> i staten.',
      marked: ['IKT'],
    });
  });
  test('marks a hyphenated word whole, and a compound the index split', () => {
    expect(marks('Om IT-styring og etatsstyring.', 'styring', ['etat', 'styring'])).toEqual({
      html: 'Om <mark>IT-styring</mark> og <mark>etatsstyring</mark>.',
      marked: ['IT-styring', 'etatsstyring'],
    });
  });
  test('escapes the text and never marks inside an escaped character', () => {
    expect(marks('A<b> & 60 styring', '60 styring').html).toBe(
      'A&#60;b&#62; &#38; <mark>60</mark> <mark>styring</mark>',
    );
    expect(marks('A<b>', '60').html).toBe('A&#60;b&#62;');
  });
});

describe('addedTerms', () => {
  test('the words after the marker, once each; none without the marker', () => {
    expect(addedTerms(`Om etatsstyring. ${COMPOUND_MARKER} etat styring etat`)).toEqual(['etat', 'styring']);
    expect(addedTerms('Om etatsstyring.')).toEqual([]);
  });
});
