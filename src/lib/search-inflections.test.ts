import { describe, expect, test } from 'vitest';
import { Vocabulary } from './compounds.ts';
import { inflectionTable, inflectionTerms } from './search-inflections.ts';

const vocabulary = (...texts: string[]) => Vocabulary.of(texts);

describe('inflectionTable', () => {
  test('lists the forms of a word that the corpus uses', () => {
    const table = inflectionTable(vocabulary('leder', 'ledere og lederne', 'ledernes ansvar'));
    expect(table.get('leder')).toEqual(['ledere', 'lederne', 'ledernes']);
    expect(table.get('ledere')).toBeUndefined();
    expect(table.get('lederne')).toEqual(['ledernes']);
  });
  test('does not invent forms the corpus does not use', () => {
    expect(inflectionTable(vocabulary('samordning')).size).toBe(0);
  });
});

describe('inflectionTerms', () => {
  const table = inflectionTable(vocabulary('leder', 'ledere', 'lederne', 'styring', 'styringen'));
  test('gives a page that says «leder» the forms «ledere» and «lederne» used elsewhere', () => {
    expect(inflectionTerms('En god leder lytter.', table)).toEqual(['ledere', 'lederne']);
  });
  test('leaves out forms the page already has', () => {
    expect(inflectionTerms('Leder og ledere.', table)).toEqual(['lederne']);
  });
  test('inflects extra words such as compound parts too', () => {
    expect(inflectionTerms('Etatsstyring.', table, ['styring'])).toEqual(['styringen']);
  });
});
