/**
 * The first search, cold and warm: what a reader downloads for it and how long after the last
 * keystroke the results are on screen. Cold: an empty cache, the search page opened directly (as
 * bench/search.ts measures). Warm: the reader came from an article page, so the page's CSS, font
 * and the site's script are cached (the host sends them with long cache lifetimes); only what the
 * search page and the search itself add is counted. Each file as a gzip-serving host sends it, by
 * kind (Pagefind's files by name).
 *
 *   node bench/first-search.ts --dist bench/corpus/site-5000/dist [--word styring] [--runs 3]
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from '@playwright/test';
import { distFile, gzipBytes, kib } from './lib/transfer.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    dist: { type: 'string' },
    word: { type: 'string', default: 'styring' },
    article: { type: 'string', default: '/artikler/syntetisk-1/' },
    runs: { type: 'string', default: '3' },
    port: { type: 'string', default: '4377' },
  },
});
const dist = path.resolve(values.dist!);
const origin = `http://127.0.0.1:${values.port}`;

/** What a file is, for the breakdown: Pagefind's parts by name, the rest by type. */
function kindOf(url: string, type: string): string {
  const name = new URL(url).pathname;
  if (name.includes('/pagefind/index/')) return 'pagefind index chunks';
  if (name.includes('/pagefind/fragment/')) return 'pagefind fragments';
  if (name.includes('/pagefind/filter/')) return 'pagefind filters';
  if (name.endsWith('.pf_meta')) return 'pagefind meta';
  if (name.includes('/pagefind/wasm.')) return 'pagefind wasm';
  if (name.includes('/pagefind/')) return 'pagefind script + entry';
  return type;
}

async function run(browser: Browser, warm: boolean) {
  const context = await browser.newContext();
  const page: Page = await context.newPage();
  if (warm) await page.goto(`${origin}${values.article}`, { waitUntil: 'networkidle' });
  const fetched: { url: string; kind: string }[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().startsWith(origin))
      fetched.push({ url: request.url(), kind: kindOf(request.url(), request.resourceType()) });
  });
  // Warm: what the article page loaded is in the cache; whether Chromium asks the host again
  // depends on its headers, so those files are left out of the count either way.
  const seen = new Set<string>();
  if (warm)
    for (const r of await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))) seen.add(r);
  await page.goto(`${origin}/sok/`, { waitUntil: 'networkidle' });
  await page.evaluate((w) => {
    const win = window as unknown as { lastKey: number; shown: Promise<number> };
    document.addEventListener('keydown', () => (win.lastKey = performance.now()), { capture: true });
    const status = document.querySelector('[data-search-status]')!;
    win.shown = new Promise((resolve) => {
      new MutationObserver(() => {
        if (status.textContent?.includes(`«${w}»`) && document.querySelector('.search-result'))
          resolve(performance.now());
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, values.word);
  await page.getByLabel('Søkeord').pressSequentially(values.word);
  const ms = await page.evaluate(async () => {
    const win = window as unknown as { lastKey: number; shown: Promise<number> };
    return (await win.shown) - win.lastKey;
  });
  await page.waitForLoadState('networkidle');
  await new Promise((r) => setTimeout(r, 500));
  await context.close();
  const byKind: Record<string, number> = {};
  let total = 0;
  for (const f of fetched) {
    if (seen.has(f.url)) continue;
    const bytes = gzipBytes(distFile(dist, f.url));
    byKind[f.kind] = (byKind[f.kind] ?? 0) + bytes;
    total += bytes;
  }
  for (const k of Object.keys(byKind)) byKind[k] = kib(byKind[k]!);
  return { resultsAfterMs: Math.round(ms), totalKiB: kib(total), byKind };
}

const server = spawn(
  path.join(PROJECT, 'node_modules/.bin/node'),
  [path.join(PROJECT, 'scripts/serve.ts'), '--dir', dist, '--base', '/', '--port', values.port],
  { stdio: ['ignore', 'pipe', 'inherit'] },
);
await new Promise((resolve) => server.stdout!.once('data', resolve));
const executablePath =
  process.env['CHROMIUM_PATH'] || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
let browser: Browser | undefined;
try {
  // Launched inside the try: a browser that fails to start must not leave the server running.
  browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}) });
  for (const warm of [false, true])
    for (let i = 0; i < Number(values.runs); i++)
      console.log(JSON.stringify({ cache: warm ? 'warm' : 'cold', ...(await run(browser, warm)) }));
} finally {
  await browser?.close();
  server.kill();
}
