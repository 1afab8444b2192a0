import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from './headers-file.ts';
import { headersFileText } from '../write-headers.ts';
import {
  ADMIN_LOOSER,
  CSP_DIRECTIVES,
  adminCspDirectives,
  adminCspHeader,
  adminCspMeta,
  cspHeader,
  DEFAULT_ADMIN_CONNECT,
  SECURITY_HEADERS,
} from './security-policy.ts';

const sources = (csp: string, name: string) =>
  (csp.split('; ').find((d) => d.startsWith(`${name} `)) ?? '').split(' ').slice(1);

describe('the policy of /admin/', () => {
  test('is the site policy plus exactly what ADMIN_LOOSER and the git host add', () => {
    const connect = ['https://api.github.com'];
    for (const [name, site] of CSP_DIRECTIVES) {
      const admin = adminCspDirectives(connect)
        .find(([n]) => n === name)![1]
        .split(' ');
      const added = [...(ADMIN_LOOSER[name] ?? []), ...(name === 'connect-src' ? connect : [])];
      expect(admin, name).toEqual([...site.split(' '), ...added]);
    }
  });

  test('allows evaluated script (Decap needs it) but still no inline script and no framing', () => {
    const csp = adminCspHeader(DEFAULT_ADMIN_CONNECT);
    expect(sources(csp, 'script-src')).toEqual(["'self'", "'wasm-unsafe-eval'", "'unsafe-eval'"]);
    expect(sources(csp, 'script-src')).not.toContain("'unsafe-inline'");
    expect(sources(csp, 'frame-ancestors')).toEqual(["'none'"]);
    expect(adminCspMeta(DEFAULT_ADMIN_CONNECT)).not.toContain('frame-ancestors');
  });

  test('is sent once on /admin/, in place of the site policy, which every other path keeps', () => {
    const files = ['index.html', 'om/index.html', 'administrasjon/index.html', 'artikler/admin/index.html'];
    const admin = ['admin/index.html', 'admin/config.yml', 'admin/decap-cms.js'];
    const rules = parseHeadersFile(headersFileText([...files, ...admin, '_astro/a.css']));
    for (const p of ['/admin/', '/admin/config.yml', '/admin/decap-cms.js']) {
      expect(headersFor(rules, p).get('Content-Security-Policy'), p).toBe(adminCspHeader(DEFAULT_ADMIN_CONNECT));
    }
    for (const p of ['/', '/om/', '/administrasjon/', '/artikler/admin/', '/_astro/a.css']) {
      expect(headersFor(rules, p).get('Content-Security-Policy'), p).toBe(cspHeader());
    }
    expect(rules.some((r) => r.detach)).toBe(false);
  });

  test("docs/cms.md's nginx snippet for /admin/ sends the admin policy and the other headers", () => {
    const doc = readFileSync('docs/cms.md', 'utf8');
    expect(doc).toContain(`add_header Content-Security-Policy "${adminCspHeader(DEFAULT_ADMIN_CONNECT)}" always;`);
    for (const [name, value] of SECURITY_HEADERS.filter(([n]) => n !== 'Content-Security-Policy')) {
      expect(doc).toContain(`add_header ${name} "${value}" always;`);
    }
  });
});
