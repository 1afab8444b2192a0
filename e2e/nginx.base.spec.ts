/**
 * The site served by nginx as docs/deploying.md («nginx») configures it, under the
 * base path that guide uses (`/kunnskapsbank/`): headers, caching, redirects, the 404 page, and the
 * search working in Chromium under nginx's Content Security Policy. Runs in the base-path suite only.
 */
import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { BASE, DIST } from './support/site.ts';
import { startNginx, type Nginx } from './support/nginx.ts';
import { IMMUTABLE, SECURITY_HEADERS } from '../scripts/lib/security-policy.ts';

test.describe.configure({ mode: 'serial' });

let nginx: Nginx;
test.beforeAll(async () => {
  expect(BASE, 'docs/deploying.md configures nginx for /kunnskapsbank/').toBe('/kunnskapsbank/');
  const binary = process.env['NGINX_PATH'];
  expect(
    binary,
    'nginx is needed for this test: install it (Debian: apt-get install nginx) or set NGINX_PATH',
  ).toBeTruthy();
  nginx = await startNginx({ nginx: binary!, dist: DIST, base: BASE, port: Number(process.env['NGINX_PORT']) || 4313 });
});
test.afterAll(() => nginx?.stop());

const url = (sitePath: string) => `${nginx.origin}${BASE.replace(/\/$/, '')}${sitePath}`;
const css = () => `/_astro/${readdirSync(path.join(DIST, '_astro')).find((f) => f.endsWith('.css'))}`;
const fragment = () => `/pagefind/fragment/${readdirSync(path.join(DIST, 'pagefind/fragment'))[0]}`;

test('nginx sends every security header on pages, assets, calendars and the 404 page', async ({ request }) => {
  for (const sitePath of ['/', '/sok/', css(), fragment(), '/arrangementer.ics', '/finnes-ikke/']) {
    const response = await request.get(url(sitePath), { maxRedirects: 0 });
    for (const [name, value] of SECURITY_HEADERS) {
      expect(response.headers()[name.toLowerCase()], `${name} on ${sitePath}`).toBe(value);
    }
  }
});

test('nginx caches hashed assets for a year and has pages revalidated', async ({ request }) => {
  for (const sitePath of [css(), fragment()]) {
    expect((await request.get(url(sitePath))).headers()['cache-control'], sitePath).toBe(IMMUTABLE);
  }
  for (const sitePath of ['/', '/artikler/', '/pagefind/pagefind.js']) {
    expect((await request.get(url(sitePath))).headers()['cache-control'], sitePath).toBe('no-cache');
  }
});

test('nginx serves the 404 page with status 404, redirects to the trailing slash and hides _headers', async ({
  request,
}) => {
  const missing = await request.get(url('/finnes-ikke/'));
  expect(missing.status()).toBe(404);
  expect(await missing.text()).toContain('Fant ikke siden');
  const bare = await request.get(url('/om'), { maxRedirects: 0 });
  expect(bare.status()).toBe(301);
  expect(new URL(bare.headers()['location']!, nginx.origin).pathname).toBe(`${BASE}om/`);
  expect((await request.get(url('/_headers'))).status()).toBe(404);
});

test('nginx gives pages, styles, feeds, calendars and the manifest their content types, with the charset', async ({
  request,
}) => {
  const types: [string, RegExp][] = [
    ['/', /^text\/html; charset=utf-8$/],
    ['/arrangementer.ics', /^text\/calendar; charset=utf-8$/],
    ['/rss.xml', /^(text|application)\/xml; charset=utf-8$/],
    [css(), /^text\/css; charset=utf-8$/],
    ['/robots.txt', /^text\/plain; charset=utf-8$/],
    ['/manifest.webmanifest', /^application\/manifest\+json; charset=utf-8$/],
    ['/favicon.svg', /^image\/svg\+xml$/],
  ];
  for (const [sitePath, type] of types) {
    expect((await request.get(url(sitePath))).headers()['content-type'], sitePath).toMatch(type);
  }
});

test('search works through nginx in Chromium, with no CSP violation or console error', async ({ page }) => {
  const problems: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push(m.text());
  });
  page.on('pageerror', (e) => problems.push(e.message));
  await page.goto(url('/sok/?q=styring'));
  await expect(page.getByRole('status')).toContainText(/\d+ treff for «styring»/);
  await expect(page.locator('.search-result').first()).toBeVisible();
  expect(problems).toEqual([]);
});
