import { describe, expect, test } from 'vitest';
import { COMPOUND_MARKER } from './search-index.ts';
import { baseForm, excerptFromAddedTerms, ownContent, queryBases, relatedExcerpt } from './search-excerpt.ts';

describe('baseForm', () => {
  test('drops the inflection of a query word, keeping at least four letters', () => {
    expect(baseForm('lederne')).toBe('leder');
    expect(baseForm('departementene')).toBe('departement');
    expect(baseForm('Styringen')).toBe('styring');
    expect(baseForm('samordning')).toBe('samordning');
    expect(baseForm('leder')).toBe('leder');
    expect(baseForm('ledere')).toBe('leder');
    expect(baseForm('roller')).toBe('roll');
  });
  test('bases of a query, one per word', () => {
    expect(queryBases('IT-styring og ledere')).toEqual(['it', 'styring', 'og', 'leder']);
  });
});

describe('excerptFromAddedTerms', () => {
  const content = `Om etatsstyring i staten. ${COMPOUND_MARKER} styring ledere lederne roller`;
  test('recognises an excerpt cut from the added terms, with or without the marker', () => {
    expect(excerptFromAddedTerms(`${COMPOUND_MARKER} <mark>styring</mark> ledere`, content)).toBe(true);
    expect(excerptFromAddedTerms('<mark>styring</mark> ledere lederne roller', content)).toBe(true);
  });
  test('accepts an excerpt from the article itself', () => {
    expect(excerptFromAddedTerms('Om <mark>etatsstyring</mark> i staten.', content)).toBe(false);
  });
  test('the article text is what comes before the added terms', () => {
    expect(ownContent(content)).toBe('Om etatsstyring i staten. ');
  });
});

describe('relatedExcerpt', () => {
  test('cuts the excerpt around the first related word and marks compounds and forms', () => {
    const r = relatedExcerpt('Hun er leder for ledere. Om IT-styring og etatsstyring.', 'styring lederne', [
      'etat',
      'styring',
    ]);
    expect(r?.html).toBe(
      'Hun er <mark>leder</mark> for <mark>ledere</mark>. Om <mark>IT-styring</mark> og <mark>etatsstyring</mark>.',
    );
    expect(r?.marked).toEqual(['leder', 'ledere', 'IT-styring', 'etatsstyring']);
  });
  test('escapes the article text', () => {
    expect(relatedExcerpt('A<b> & styring', 'styring')?.html).toBe('A&#60;b&#62; &#38; <mark>styring</mark>');
  });
  test('gives nothing when the text has no related word', () => {
    expect(relatedExcerpt('Ingenting her.', 'styring')).toBeNull();
  });
  test('a word that only holds the query is no related word: «ikt» is not in «viktig»', () => {
    expect(relatedExcerpt('Det viktigste er tillit.', 'ikt')).toBeNull();
    expect(relatedExcerpt('Det viktigste er IKT.', 'ikt')?.marked).toEqual(['IKT']);
  });
  test('a compound is related only where the index split it', () => {
    expect(relatedExcerpt('Om etatsstyringsdialogen.', 'styringsdialogen')).toBeNull();
    expect(relatedExcerpt('Om etatsstyringsdialogen.', 'styringsdialogen', ['styringsdialogen'])?.marked).toEqual([
      'etatsstyringsdialogen',
    ]);
  });
});
