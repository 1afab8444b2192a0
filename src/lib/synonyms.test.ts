import { describe, expect, test } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { checkSynonyms, synonymTerms, termKey, wordLine } from './synonyms.ts';

const said = (source: string, texts?: string[]) =>
  checkSynonyms(source, texts).problems.map((p) => `${p.line} ${p.field} ${p.problem}`);

/** Every content file's words, read from content/ (not from a build). */
function contentTexts(): string[] {
  const out: string[] = [];
  for (const dir of readdirSync('content', { withFileTypes: true }))
    if (dir.isDirectory())
      for (const f of readdirSync(path.join('content', dir.name)))
        out.push(wordLine(readFileSync(path.join('content', dir.name, f), 'utf8')));
  return out;
}

describe('synonymTerms', () => {
  const groups = [
    ['KMD', 'Kommunal- og moderniseringsdepartementet'],
    ['IT', 'informasjonsteknologi'],
  ];
  test('gives a page that uses the abbreviation the words of the full name', () => {
    expect(synonymTerms(wordLine('KMD har ansvaret.'), groups)).toEqual([
      'kommunal',
      'moderniseringsdepartementet',
      'og',
    ]);
  });
  test('gives a page that uses the full name the abbreviation, also in the genitive', () => {
    expect(synonymTerms(wordLine('Kommunal- og moderniseringsdepartementets rolle'), groups)).toEqual([
      'kmd',
      'moderniseringsdepartementet',
    ]);
    expect(synonymTerms(wordLine('Kommunal- og moderniseringsdepartementet svarer.'), groups)).toEqual(['kmd']);
    expect(synonymTerms(wordLine('KMDs rolle'), groups)).toContain('moderniseringsdepartementet');
  });
  test('matches whole words only: «it» in a word is not IT', () => {
    expect(synonymTerms(wordLine('Kredittkort og digitalt arbeid'), groups)).toEqual([]);
    expect(synonymTerms(wordLine('IT-styring'), groups)).toEqual(['informasjonsteknologi']);
  });
});

describe('checkSynonyms', () => {
  test('accepts the real list: every group is used in the real content', () => {
    const { groups, problems } = checkSynonyms(readFileSync('content/synonymer.yaml', 'utf8'), contentTexts());
    expect(problems).toEqual([]);
    expect(groups.length).toBeGreaterThan(0);
    expect(groups.map((g) => termKey(g[0]!))).toContain('kmd');
  });
  test('reports a term twice, an empty term, a group of one and an item that is no group, with their lines', () => {
    const source = [
      '- [KMD, Kommunal- og moderniseringsdepartementet]',
      '- [kmd, departementet]',
      "- [DFØ, '']",
      '- [Difi]',
      '- NAV',
    ].join('\n');
    expect(said(source)).toEqual([
      '2 synonymer «kmd» står to ganger (også på linje 1)',
      '3 synonymer tomt eller ugyldig ord i gruppen («»)',
      '4 synonymer gruppen har færre enn to ord',
      '5 synonymer «NAV» er ikke en gruppe',
    ]);
  });
  test('reports a group none of whose terms occurs in the content', () => {
    const texts = [wordLine('KMD styrer.')];
    expect(said('- [KMD, Kommunal- og moderniseringsdepartementet]\n- [UDI, Utlendingsdirektoratet]', texts)).toEqual([
      '2 synonymer ingen av ordene (UDI, Utlendingsdirektoratet) finnes i innholdet',
    ]);
  });
  test('reports broken YAML and a file that is not a list', () => {
    expect(said('- [KMD, ')[0]).toMatch(/^1 synonymer YAML-feil/);
    expect(said('KMD: Kommunal')).toEqual(['1 synonymer filen er ikke en liste']);
  });
});
