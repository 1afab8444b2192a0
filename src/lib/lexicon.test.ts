import { describe, expect, test } from 'vitest';
import { Vocabulary, splitCompound } from './compounds.ts';
import { norwegianLexicon, readLexicon } from './lexicon.ts';

describe('readLexicon', () => {
  const aff = 'SET UTF-8\nCOMPOUNDFLAG z\nCOMPOUNDMIN 4\n';
  test('takes every plain entry as a word, and the ones with the compound flag as parts', () => {
    const lexicon = readLexicon(aff, '4\nplan/ABz\nhandlings/ef\nOslo/z\nA-aksje/EGz\n');
    expect([...lexicon.words].sort()).toEqual(['handlings', 'plan']);
    expect([...lexicon.parts]).toEqual(['plan']);
  });
  test('refuses an affix file without a compound flag', () => {
    expect(() => readLexicon('SET UTF-8\n', 'plan/z\n')).toThrow(/COMPOUNDFLAG/);
  });
});

describe('compounds with the Norwegian lexicon and no corpus', () => {
  const lexicon = norwegianLexicon();
  const split = (word: string) => splitCompound(word, new Vocabulary(lexicon));
  test.each([
    ['handlingsplan', 'plan'],
    ['dokumentasjonskrav', 'krav'],
    ['prosjektlederen', 'leder'],
    ['tildelingsbrevene', 'brev'],
    ['virksomhetsstyring', 'styring'],
    ['tilskuddsforvaltning', 'forvaltning'],
    ['etatsstyringsdialogen', 'dialog'],
    ['etatsstyringsdialogen', 'styringsdialogen'],
    // nynorsk
    ['tildelingsbreva', 'brev'],
    ['prosjektleiaren', 'leiar'],
  ])('«%s» gives «%s»', (word, part) => {
    expect(split(word)).toContain(part);
  });
  test.each(['arbeidslivet', 'forvaltningen', 'ansatte', 'departementene', 'oppfølging', 'ledelse', 'samarbeid'])(
    'leaves «%s» whole',
    (word) => {
      expect(split(word)).toEqual([]);
    },
  );
}, 60_000);
