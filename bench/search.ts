import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { distFile, gzipBytes, kib } from './lib/transfer.ts';

/** The port the benchmark serves its builds on (the bench helper's range is 4360–4369). */
const PORT = 4360;
const ORIGIN = `http://127.0.0.1:${PORT}`;

interface Resource {
  url: string;
  type: string;
}

/** What one page view fetched, by resource type, in KiB as a gzip-serving host would send it. */
export interface PageTransfer {
  totalKiB: number;
  byType: Record<string, number>;
  requests: number;
}

function summarize(dist: string, resources: Resource[]): PageTransfer {
  const byType: Record<string, number> = {};
  let total = 0;
  for (const r of resources) {
    const bytes = gzipBytes(distFile(dist, r.url));
    byType[r.type] = (byType[r.type] ?? 0) + bytes;
    total += bytes;
  }
  for (const type of Object.keys(byType)) byType[type] = kib(byType[type]!);
  return { totalKiB: kib(total), byType, requests: resources.length };
}

function record(page: Page): Resource[] {
  const resources: Resource[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().startsWith(ORIGIN)) resources.push({ url: request.url(), type: request.resourceType() });
  });
  return resources;
}

async function serve(dist: string, project: string): Promise<ChildProcess> {
  const server = spawn(path.join(project, 'node_modules/.bin/node'), [path.join(project, 'scripts/serve.ts'), '--dir', dist, '--base', '/', '--port', String(PORT)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    server.stdout!.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
  });
  return server;
}

/** Opens a page in a fresh browser context (empty cache) and reports what it fetched. */
async function pageTransfer(browser: Browser, dist: string, sitePath: string): Promise<PageTransfer> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const resources = record(page);
  await page.goto(`${ORIGIN}${sitePath}`, { waitUntil: 'networkidle' });
  await context.close();
  return summarize(dist, resources);
}

/**
 * Opens /sok/ with an empty cache, types a word and measures what a reader waits for: bytes
 * fetched for page and search together, and the time from the last keystroke to the results on
 * screen (the page's debounce included).
 */
async function searchRun(browser: Browser, dist: string, word: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const resources = record(page);
  await page.goto(`${ORIGIN}/sok/`, { waitUntil: 'networkidle' });
  const field = page.getByLabel('Søkeord');
  await page.evaluate((w) => {
    const win = window as unknown as { lastKey: number; shown: Promise<number> };
    document.addEventListener('keydown', () => (win.lastKey = performance.now()), { capture: true });
    const status = document.querySelector('[data-search-status]')!;
    win.shown = new Promise((resolve) => {
      new MutationObserver(() => {
        if (status.textContent?.includes(`«${w}»`) && document.querySelector('.search-result')) resolve(performance.now());
      }).observe(document.body, { childList: true, subtree: true, characterData: true });
    });
  }, word);
  await field.pressSequentially(word);
  const ms = await page.evaluate(async () => {
    const win = window as unknown as { lastKey: number; shown: Promise<number> };
    return (await win.shown) - win.lastKey;
  });
  await page.waitForLoadState('networkidle');
  const results = Number(/(\d+) treff/.exec((await page.getByRole('status').textContent()) ?? '')?.[1] ?? 0);
  await context.close();
  return { word, resultsAfterMs: Math.round(ms), results, transfer: summarize(dist, resources) };
}

export interface BrowserFigures {
  articlePage: PageTransfer;
  themePage: PageTransfer;
  search: Awaited<ReturnType<typeof searchRun>>;
}

/** Serves a build and measures an article page, a theme page and a first search in Chromium. */
export async function measureInBrowser(dist: string, project: string, articlePath: string, themePath: string, word: string): Promise<BrowserFigures> {
  const server = await serve(dist, project);
  const browser = await chromium.launch({ executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium' });
  try {
    return {
      articlePage: await pageTransfer(browser, dist, articlePath),
      themePage: await pageTransfer(browser, dist, themePath),
      search: await searchRun(browser, dist, word),
    };
  } finally {
    await browser.close();
    server.kill();
  }
}
