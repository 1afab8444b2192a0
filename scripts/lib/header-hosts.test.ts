import { describe, expect, test } from 'vitest';
import { hostHeaders, hostMatches, servedPaths } from './header-hosts.ts';

describe('how the hosts match _headers patterns', () => {
  test("Netlify's folder wildcard also takes paths that merely begin with the folder's name; Cloudflare's does not", () => {
    expect(hostMatches('netlify', '/admin/*', '/administrasjon/')).toBe(true);
    expect(hostMatches('netlify', '/admin/*', '/admin')).toBe(true);
    expect(hostMatches('cloudflare', '/admin/*', '/administrasjon/')).toBe(false);
    expect(hostMatches('cloudflare', '/admin/*', '/admin/config.yml')).toBe(true);
    expect(hostMatches('cloudflare', '/admin/*', '/admin/a/b.js')).toBe(true);
  });

  test('an exact pattern takes its path alone; Netlify ignores case and a trailing slash', () => {
    expect(hostMatches('netlify', '/', '/')).toBe(true);
    expect(hostMatches('netlify', '/', '/om/')).toBe(false);
    expect(hostMatches('cloudflare', '/', '/om/')).toBe(false);
    expect(hostMatches('netlify', '/rss.xml', '/RSS.xml/')).toBe(true);
    expect(hostMatches('cloudflare', '/rss.xml', '/RSS.xml')).toBe(false);
    expect(hostMatches('cloudflare', '/rss.xml', '/rssXxml')).toBe(false);
  });

  test('a placeholder takes one segment on both hosts', () => {
    for (const host of ['netlify', 'cloudflare'] as const) {
      expect(hostMatches(host, '/a/:x', '/a/b'), host).toBe(true);
      expect(hostMatches(host, '/a/:x', '/a/b/c'), host).toBe(false);
    }
  });

  test('every matching rule adds its headers; only Cloudflare Pages drops a detached one', () => {
    const rules = [
      { pattern: '/*', headers: [['Content-Security-Policy', 'strict']] as [string, string][] },
      {
        pattern: '/admin/*',
        detach: ['Content-Security-Policy'],
        headers: [['Content-Security-Policy', 'admin']] as [string, string][],
      },
    ];
    expect(hostHeaders('netlify', rules, '/admin/')).toEqual([
      ['Content-Security-Policy', 'strict'],
      ['Content-Security-Policy', 'admin'],
    ]);
    expect(hostHeaders('cloudflare', rules, '/admin/')).toEqual([['Content-Security-Policy', 'admin']]);
  });

  test('a built file is served under its path, an index also under its folder', () => {
    expect(servedPaths('index.html')).toEqual(['/', '/index.html']);
    expect(servedPaths('om/index.html')).toEqual(['/om/', '/om/index.html']);
    expect(servedPaths('rss.xml')).toEqual(['/rss.xml']);
    expect(servedPaths('bilder/kart på øya.jpg')).toEqual(['/bilder/kart%20p%C3%A5%20%C3%B8ya.jpg']);
    expect(servedPaths('x:y/a*b#c.html')).toEqual(['/x:y/a*b%23c.html']);
  });
});
