/**
 * Every built page, served with the headers of `dist/_headers` (as Netlify or Cloudflare Pages
 * would send them), in Chromium with the Content Security Policy enforced: no policy violation,
 * no console error, no request to any other origin. Search, which runs WebAssembly in a worker,
 * is driven through a query.
 */
import { expect, test, type Page } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { builtPages, DIST, nonEmpty, rel } from './support/site.ts';
import { CSP_DIRECTIVES, IMMUTABLE, REVALIDATE, SECURITY_HEADERS, cspHeader } from '../scripts/lib/security-policy.ts';
import { hitsFor } from './support/search.ts';
import { paths } from '../src/lib/urls.ts';

interface Watch {
  problems: string[];
  requests: string[];
}

/** Records CSP violations, console errors, page errors and every request the page makes. */
async function watch(page: Page): Promise<Watch> {
  const w: Watch = { problems: [], requests: [] };
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'}`);
    });
  });
  page.on('console', (m) => {
    const text = m.text();
    if (m.type() === 'error' || /Content.Security.Policy|Pagefind|Permissions-Policy/i.test(text)) {
      w.problems.push(`console.${m.type()}: ${text} (${m.location().url})`);
    }
  });
  page.on('pageerror', (e) => w.problems.push(`page error: ${e.message}`));
  page.on('requestfailed', (r) => w.problems.push(`request failed: ${r.url()} (${r.failure()?.errorText})`));
  page.on('request', (r) => w.requests.push(r.url()));
  // Name the resource behind Chromium's bare «Failed to load resource» console error.
  page.on('response', (r) => {
    if (r.status() >= 400 && r.request().resourceType() !== 'document') w.problems.push(`${r.status()} for ${r.url()}`);
  });
  return w;
}

function foreign(requests: string[], origin: string): string[] {
  return requests.filter((u) => !u.startsWith('data:') && new URL(u).origin !== origin);
}

for (const sitePath of nonEmpty(builtPages(), 'built pages')) {
  test(`${sitePath} loads only from its own origin, with no CSP violation or console error`, async ({
    page,
    baseURL,
  }) => {
    const w = await watch(page);
    const notFound = sitePath === '/404.html';
    const response = await page.goto(rel(notFound ? '/finnes-ikke/' : sitePath));
    // Chromium reports the 404 status of the page itself as a console error; that one is the point.
    if (notFound) w.problems = w.problems.filter((p) => !p.includes(`404 (Not Found) (${response?.url()})`));
    await page.waitForLoadState('networkidle');
    expect(response?.status()).toBe(notFound ? 404 : 200);
    // An unknown top-level path matches no policy rule of _headers (scripts/lib/csp-rules.ts): the
    // 404 page's <meta> policy applies there, and X-Frame-Options from /* (docs/deploying.md).
    expect(response?.headers()['content-security-policy']).toBe(notFound ? undefined : cspHeader());
    if (notFound) {
      expect(response?.headers()['x-frame-options']).toBe('DENY');
      await expect(page.locator('meta[http-equiv="content-security-policy" i]')).toHaveCount(1);
    }
    expect(w.problems).toEqual([]);
    expect(foreign(w.requests, new URL(baseURL!).origin)).toEqual([]);
  });
}

test('search runs its WebAssembly worker under the policy and finds results without leaving the origin', async ({
  page,
  baseURL,
}) => {
  const w = await watch(page);
  await page.goto(rel(paths.search()));
  await page.getByLabel('Søkeord').fill('styring');
  await expect(page.getByRole('status')).toHaveText(hitsFor('styring'));
  const results = page.locator('[data-search-results]').getByRole('link');
  await expect(results.first()).toBeVisible();
  await page.waitForLoadState('networkidle');
  // Pagefind's worker and WebAssembly were fetched, so the policy let them run (no fallback warning).
  expect(w.requests.some((u) => u.endsWith('/pagefind/pagefind-worker.js'))).toBe(true);
  expect(w.requests.some((u) => /\/pagefind\/wasm\.[a-z-]+\.pagefind$/.test(u))).toBe(true);
  expect(w.problems).toEqual([]);
  expect(foreign(w.requests, new URL(baseURL!).origin)).toEqual([]);
});

test('the policy is enforced: an injected inline script is blocked and reported', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|CSP violation/i.test(m.text())) violations.push(m.text());
  });
  await page.goto(rel('/'));
  const ran = await page.evaluate(() => {
    const s = document.createElement('script');
    s.textContent = 'window.__injected = true;';
    // An inline script the policy allowed would run synchronously, during append().
    document.body.append(s);
    return (window as unknown as { __injected?: boolean }).__injected === true;
  });
  expect(ran).toBe(false);
  // The console message reaches the test asynchronously.
  await expect.poll(() => violations.length).toBeGreaterThan(0);
});

/** A policy string as directive name → sources. */
function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...sources]) => [name!.toLowerCase(), sources]),
  );
}

test('the policy is also in a <meta> for hosts that cannot send headers, without inline-script loopholes', async ({
  page,
}) => {
  await page.goto(rel('/'));
  const meta = directives(
    (await page.locator('meta[http-equiv="content-security-policy" i]').getAttribute('content')) ?? '',
  );
  // Every directive of the policy a <meta> can carry, with at least the policy's sources (Astro
  // adds the hashes of what it inlines to script-src and style-src), and nothing it cannot carry.
  const expected = CSP_DIRECTIVES.filter(([name]) => name !== 'frame-ancestors');
  expect([...meta.keys()].sort()).toEqual(expected.map(([name]) => name).sort());
  for (const [name, sources] of expected) {
    const got = meta.get(name)!;
    for (const source of sources.split(' ')) expect(got, name).toContain(source);
    const extra = got.filter((s) => !sources.split(' ').includes(s));
    expect(
      extra.filter((s) => !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)),
      `${name}: only hashes beyond the policy`,
    ).toEqual([]);
  }
});

test('pages are sent with the security headers of the policy and are revalidated, not cached', async ({ request }) => {
  const res = await request.get(rel('/'));
  const h = res.headers();
  for (const [name, value] of SECURITY_HEADERS) expect(h[name.toLowerCase()], name).toBe(value);
  expect(h['cache-control']).toBe(REVALIDATE);
  // The hosts' header file itself is not published.
  expect((await request.get(rel('/_headers'))).status()).toBe(404);
});

test('hashed CSS and JS are cached for a year; Pagefind files with stable names are revalidated', async ({
  request,
}) => {
  const assets = readdirSync(path.join(DIST, '_astro')).filter((f) => /\.(css|js)$/.test(f));
  expect(assets.some((f) => f.endsWith('.css'))).toBe(true);
  for (const file of assets) {
    // Vite's content hash is in the name, so a changed file gets a new URL.
    expect(file).toMatch(/\.[A-Za-z0-9_-]{8}\.(css|js)$/);
    const res = await request.get(rel(`/_astro/${file}`));
    expect(res.headers()['cache-control']).toBe(IMMUTABLE);
  }
  const fragment = nonEmpty(readdirSync(path.join(DIST, 'pagefind', 'fragment')), 'Pagefind fragments')[0]!;
  expect((await request.get(rel(`/pagefind/fragment/${fragment}`))).headers()['cache-control']).toBe(IMMUTABLE);
  for (const stable of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']) {
    const res = await request.get(rel(`/pagefind/${stable}`));
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe(REVALIDATE);
  }
});

test('pages refuse to be framed by another page', async ({ page, baseURL }) => {
  let blocked = false;
  page.on('console', (m) => {
    if (/frame-ancestors|X-Frame-Options/i.test(m.text())) blocked = true;
  });
  await page.goto(rel('/'));
  await page.evaluate((src) => {
    const f = document.createElement('iframe');
    f.src = src;
    document.body.append(f);
  }, `${baseURL}`);
  await expect.poll(() => blocked).toBe(true);
});
