import { describe, expect, test } from 'vitest';
import { indexedText, indexedWords, neededTerms, rememberedTermStem, termStem } from './search-terms.ts';

describe('indexedWords', () => {
  test('the words of the indexed article, without ignored elements, scripts and what lies outside', () => {
    const doc =
      '<html><body><nav>Meny</nav><article data-pagefind-body><p data-pagefind-ignore>Artikkel <b>Lesetid</b></p>' +
      '<h1>IT-styring &amp; samordning</h1><script>var x</script><p>Etatene<br>leder</p></article><p>Bunn</p></body></html>';
    expect([...indexedWords(doc)].sort()).toEqual(['etatene', 'it', 'leder', 'samordning', 'styring']);
  });
  test('a word the parser hands over in pieces (around an entity) stays one word', () => {
    // «Sam&shy;ordning» is cleaned before (indexedDocument); an entity inside a word is not.
    const doc = '<article data-pagefind-body><p>Fj&aelig;rland og Bj&oslash;rnstjerne</p></article>';
    expect([...indexedWords(doc)].sort()).toEqual(['bjørnstjerne', 'fjærland', 'og']);
  });
  test('a tag is a boundary between words, as the words of two elements are', () => {
    expect(
      indexedText('<article data-pagefind-body><h1>Tittel</h1><p>Tekst</p></article>').split(/\s+/).filter(Boolean),
    ).toEqual(['Tittel', 'Tekst']);
  });
});

describe('neededTerms', () => {
  test('drops a term whose stem the page has already, through its own words or an earlier term', () => {
    // «styringen» → «styring» (own word), «ledere»/«lederen» → «leder» (one kept), «lederne» → «ledern».
    expect(neededTerms(new Set(['styring', 'leder']), ['styringen', 'lederen', 'ledere', 'lederne'])).toEqual([
      'ledere',
      'lederne',
    ]);
  });
  test('keeps a term whose stem only begins a stem of the page', () => {
    expect(neededTerms(new Set(['planlegging']), ['plan'])).toEqual(['plan']);
  });
  test('keeps every term with a letter Pagefind folds, and own words with one cover nothing', () => {
    expect(neededTerms(new Set(['målet']), ['målene', 'måles'])).toEqual(['målene', 'måles']);
    expect(neededTerms(new Set(['målet']), ['malet'])).toEqual(['malet']);
    expect(neededTerms(new Set(['større']), ['størst', 'størres'])).toEqual(['størst']);
  });
});

describe('rememberedTermStem', () => {
  test('gives what termStem gives, folded words included, however often it is asked', () => {
    const stemOf = rememberedTermStem();
    for (const w of ['styringen', 'målet', 'ledere', 'styringen', 'målet', 'it']) expect(stemOf(w)).toBe(termStem(w));
    expect(stemOf('målet')).toBeUndefined();
    expect(stemOf('styringen')).toBe('styring');
  });
  test('neededTerms with a remembered stem keeps the same terms as without', () => {
    const own = new Set(['styring', 'leder', 'målet']);
    const terms = ['styringen', 'lederen', 'ledere', 'lederne', 'målene', 'plan', 'it-styring'];
    const stemOf = rememberedTermStem();
    expect(neededTerms(own, terms, stemOf)).toEqual(neededTerms(own, terms));
    expect(neededTerms(own, terms, stemOf)).toEqual(neededTerms(own, terms, stemOf));
  });
});
