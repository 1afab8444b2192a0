import { describe, expect, test } from 'vitest';
import { absoluteUrl, paths, rewriteRootLinks, withBase } from './urls.ts';

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

describe('rewriteRootLinks', () => {
  const html =
    '<a href="/rapporter/x/">x</a> <a href="https://difi.no/">y</a> <img src="/bilde.png"> <a href="//cdn">z</a>';
  test('adds the base path to root-relative links only', () => {
    expect(rewriteRootLinks(html, '/kb/')).toBe(
      '<a href="/kb/rapporter/x/">x</a> <a href="https://difi.no/">y</a> <img src="/kb/bilde.png"> <a href="//cdn">z</a>',
    );
  });
  test('leaves links alone at the root', () => {
    expect(rewriteRootLinks(html, '/')).toBe(html);
  });
});
