/**
 * The build's own `_headers`, read with the matching rules of Netlify and of Cloudflare Pages
 * (scripts/lib/header-hosts.ts): every file of the build gets exactly one Content Security Policy on
 * both hosts, the web editor's under `/admin/` and the site's everywhere else. No browser needed.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { cspProblems } from '../scripts/lib/csp-rules.ts';
import { HOSTS, hostHeaders } from '../scripts/lib/header-hosts.ts';
import { parseHeadersFile } from '../scripts/lib/headers-file.ts';
import { adminCspHeader, cspHeader, DEFAULT_ADMIN_CONNECT } from '../scripts/lib/security-policy.ts';
import { builtFiles, MAX_RULES } from '../scripts/write-headers.ts';
import { builtPages } from './support/site.ts';

const dist = process.env['OUT_DIR'] || 'dist';

test('every built file gets exactly one policy on Netlify and on Cloudflare Pages, /admin/ the editor’s', () => {
  const rules = parseHeadersFile(readFileSync(path.join(dist, '_headers'), 'utf8'));
  const files = builtFiles(dist);
  expect(files).toContain('index.html');
  expect(files.filter((f) => f.startsWith('admin/')).length).toBeGreaterThan(0);
  // At least every page of the site, besides its CSS, scripts, feeds and search index.
  expect(files.filter((f) => !f.startsWith('admin/')).length).toBeGreaterThan(builtPages(dist).length);
  const policies = { site: cspHeader(), admin: adminCspHeader(DEFAULT_ADMIN_CONNECT) };
  expect(cspProblems(rules, files, policies)).toEqual([]);
  for (const host of HOSTS) {
    const csp = (p: string) => hostHeaders(host, rules, p).filter(([n]) => n === 'Content-Security-Policy');
    expect(csp('/admin/'), host).toEqual([['Content-Security-Policy', policies.admin]]);
    expect(csp('/'), host).toEqual([['Content-Security-Policy', policies.site]]);
  }
  expect(rules.length).toBeLessThanOrEqual(MAX_RULES);
});
