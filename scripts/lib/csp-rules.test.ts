import { describe, expect, test } from 'vitest';
import { cspProblems, cspTargets } from './csp-rules.ts';
import { HOSTS, hostHeaders, servedPaths } from './header-hosts.ts';
import type { HeaderRule } from './headers-file.ts';

const POLICIES = { site: 'strict', admin: 'admin' };
const rulesOf = (files: string[]): HeaderRule[] => [
  { pattern: '/*', headers: [['X-Frame-Options', 'DENY']] },
  ...cspTargets(files).map(({ pattern, admin }) => ({
    pattern,
    headers: [['Content-Security-Policy', admin ? 'admin' : 'strict']] as [string, string][],
  })),
];

/** Builds of the kinds that can trip a host up: names that begin other names, in any case. */
const BUILDS: Record<string, string[]> = {
  'the site as it is': [
    'index.html',
    '404.html',
    'rss.xml',
    'favicon.svg',
    'om/index.html',
    'artikler/a/index.html',
    '_astro/x.css',
    'pagefind/pagefind.js',
    'pagefind/index/nb.pf_index',
    'admin/index.html',
    'admin/config.yml',
    'arrangementer.ics',
    'arrangementer/index.html',
    'arrangementer/frokost/index.html',
    'arrangementer/frokost.ics',
  ],
  'a folder whose name begins admin': ['index.html', 'ad/index.html', 'adm/x.js', 'admin/index.html'],
  'a folder beginning with admin': [
    'index.html',
    'admin/index.html',
    'administrasjon/index.html',
    'admin-gammel/a.html',
  ],
  'a folder and a root file of the same stem': ['index.html', 'rss/index.html', 'rss.xml', 'rss.xml.bak'],
  'names that differ in case only': ['index.html', 'Om/index.html', 'om.html', 'admin/index.html'],
  'no editor (CMS=off)': ['index.html', 'om/index.html'],
  'odd characters in names': ['index.html', 'a*b/c.html', 'x:y/index.html', 'kart på øya.jpg'],
};

describe('the Content Security Policy in _headers', () => {
  for (const [name, files] of Object.entries(BUILDS)) {
    test(`gives every built file exactly one policy on Netlify and Cloudflare Pages, the editor its own: ${name}`, () => {
      expect(cspProblems(rulesOf(files), files, POLICIES)).toEqual([]);
      // The same, spelled out for the editor's page where there is one.
      if (files.includes('admin/index.html'))
        for (const host of HOSTS)
          expect(
            hostHeaders(host, rulesOf(files), '/admin/').filter(([n]) => n === 'Content-Security-Policy'),
            host,
          ).toEqual([['Content-Security-Policy', 'admin']]);
    });
  }

  test('gives no rule to /*, one to each top-level name, one to names sharing a stem', () => {
    const files = BUILDS['the site as it is']!;
    const patterns = cspTargets(files).map((t) => t.pattern);
    expect(patterns).not.toContain('/*');
    expect(patterns).toEqual(
      expect.arrayContaining([
        '/',
        '/index.html',
        '/rss.xml',
        '/om/*',
        '/artikler/*',
        '/pagefind/*',
        '/_astro/*',
        '/admin/*',
      ]),
    );
    expect(
      cspTargets(files)
        .filter((t) => t.admin)
        .map((t) => t.pattern),
    ).toEqual(['/admin/*']);
  });

  test('finds the fault of a site-wide policy: /admin/ gets two on Netlify (Cloudflare Pages, with the detach, one)', () => {
    const files = BUILDS['the site as it is']!;
    const old: HeaderRule[] = [
      { pattern: '/*', headers: [['Content-Security-Policy', 'strict']] },
      { pattern: '/admin/*', detach: ['Content-Security-Policy'], headers: [['Content-Security-Policy', 'admin']] },
    ];
    const problems = cspProblems(old, files, POLICIES);
    expect(problems).toContain('netlify /admin/: 2 Content-Security-Policy headers');
    expect(problems.some((p) => p.startsWith('cloudflare'))).toBe(false);
  });

  test('finds a folder rule that also covers the editor on Netlify', () => {
    const files = BUILDS['a folder whose name begins admin']!;
    const naive: HeaderRule[] = [
      { pattern: '/', headers: [['Content-Security-Policy', 'strict']] },
      { pattern: '/index.html', headers: [['Content-Security-Policy', 'strict']] },
      { pattern: '/ad/*', headers: [['Content-Security-Policy', 'strict']] },
      { pattern: '/adm/*', headers: [['Content-Security-Policy', 'strict']] },
      { pattern: '/admin/*', headers: [['Content-Security-Policy', 'admin']] },
    ];
    expect(cspProblems(naive, files, POLICIES)).toContain('netlify /admin/: 3 Content-Security-Policy headers');
  });

  test('every served path was checked (the list is not empty)', () => {
    expect(BUILDS['the site as it is']!.flatMap(servedPaths).length).toBeGreaterThan(10);
  });

  test('refuses an empty build', () => {
    expect(() => cspTargets([])).toThrow('no files');
  });
});
