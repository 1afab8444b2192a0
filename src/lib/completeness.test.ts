import { describe, expect, test } from 'vitest';
import { testEntry } from './test-entry.ts';
import { findMissing, type BuiltSite } from './completeness.ts';

const entry = testEntry('rapporter', 'tre-nokler', {
  title: 'Tre nøkler',
  date: '2017-01-12',
  themes: ['endringsledelse', 'etatsstyring'],
});
const url = '/rapporter/tre-nokler/';

function site(
  links: Record<string, string[]>,
  indexed: string[] | undefined = [url],
  pages = [url, ...Object.keys(links)],
): BuiltSite {
  return {
    pages: new Set(pages),
    links: (page) => new Set(links[page] ?? []),
    indexed: indexed && new Set(indexed),
  };
}

const complete = {
  '/alle/': [url],
  '/rapporter/': [url],
  '/tema/endringsledelse/': [url],
  '/tema/etatsstyring/': [],
  '/tema/etatsstyring/side/2/': [url],
};

describe('findMissing', () => {
  test('finds nothing missing when the entry is everywhere, also on a later page of a listing', () => {
    expect(findMissing([entry], site(complete))).toEqual([]);
  });
  test('names an entry missing from one of its theme listings', () => {
    const links = { ...complete, '/tema/etatsstyring/side/2/': [] };
    expect(findMissing([entry], site(links))).toEqual([
      'rapporter/tre-nokler («Tre nøkler»): mangler i listen over temaet etatsstyring',
    ]);
  });
  test('names an entry with no page and none in the search index', () => {
    const s = site(complete, [], Object.keys(complete));
    expect(findMissing([entry], s)).toEqual([
      'rapporter/tre-nokler («Tre nøkler»): har ingen side (/rapporter/tre-nokler/)',
      'rapporter/tre-nokler («Tre nøkler»): mangler i søkeindeksen',
    ]);
  });
  test('skips the index check when the site has no index', () => {
    expect(findMissing([entry], site(complete, undefined))).toEqual([]);
  });
});
