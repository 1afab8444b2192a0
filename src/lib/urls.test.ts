import { describe, expect, test } from 'vitest';
import { absoluteUrl, paths, withBase } from './urls.ts';

describe('withBase', () => {
  test('joins base and path with one slash', () => {
    expect(withBase('/', '/tema/samordning/')).toBe('/tema/samordning/');
    expect(withBase('/kunnskapsbank/', '/tema/samordning/')).toBe('/kunnskapsbank/tema/samordning/');
    expect(withBase('/kunnskapsbank', 'sok/')).toBe('/kunnskapsbank/sok/');
  });
});

describe('paths', () => {
  test('mirror the content folders and number later listing pages', () => {
    expect(paths.entry('rapporter', 'tre-nokler')).toBe('/rapporter/tre-nokler/');
    expect(paths.kind('artikler')).toBe('/artikler/');
    expect(paths.kind('artikler', 2)).toBe('/artikler/side/2/');
    expect(paths.theme('it-styring', 3)).toBe('/tema/it-styring/side/3/');
  });
});

describe('absoluteUrl', () => {
  test('respects site and base path', () => {
    expect(absoluteUrl('https://example.no', '/kunnskapsbank/', '/rss.xml')).toBe(
      'https://example.no/kunnskapsbank/rss.xml',
    );
  });
});
