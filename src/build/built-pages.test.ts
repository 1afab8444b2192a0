import { describe, expect, test } from 'vitest';
import { fileOfSitePath, sitePathOf } from './built-pages.ts';

describe('fileOfSitePath', () => {
  test('is the inverse of sitePathOf for the pages of a directory build, with and without a base path', () => {
    for (const file of [
      'index.html',
      'artikler/index.html',
      'artikler/styring-i-staten/index.html',
      'tema/it-styring/side/2/index.html',
    ])
      for (const base of ['/', '/kunnskapsbank', '/kunnskapsbank/'])
        expect(fileOfSitePath(`${base.replace(/\/$/, '')}${sitePathOf(file)}`, base)).toBe(file);
  });

  test('decodes the percent-encoding of a request address into the file name', () => {
    expect(fileOfSitePath('/personer/%C3%B8ystein/', '/')).toBe('personer/øystein/index.html');
  });

  test('has no file for an address outside the base, without a trailing slash, or badly encoded', () => {
    expect(fileOfSitePath('/artikler/', '/kunnskapsbank')).toBeUndefined();
    expect(fileOfSitePath('/kunnskapsbanken/artikler/', '/kunnskapsbank')).toBeUndefined();
    expect(fileOfSitePath('/404', '/')).toBeUndefined();
    expect(fileOfSitePath('/rss.xml', '/')).toBeUndefined();
    expect(fileOfSitePath('/a/%E0%A4%A/', '/')).toBeUndefined();
  });
});
