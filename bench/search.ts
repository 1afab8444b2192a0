import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { distFile, gzipBytes, kib } from './lib/transfer.ts';

/** The benchmark serves its builds on the first free port of 4360–4369 (its share of the machine). */
const PORTS = [4360, 4361, 4362, 4363, 4364, 4365, 4366, 4367, 4368, 4369];
/** Longest wait for search results before the run fails: a hang must not stall a CI job. */
const RESULTS_TIMEOUT_MS = 30_000;

async function freePort(): Promise<number> {
  for (const port of PORTS) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer().once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (free) return port;
  }
  throw new Error(`No free port in ${PORTS[0]}–${PORTS.at(-1)}`);
}

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

function record(page: Page, origin: string): Resource[] {
  const resources: Resource[] = [];
  page.on('requestfinished', (request) => {
    if (request.url().startsWith(origin)) resources.push({ url: request.url(), type: request.resourceType() });
  });
  return resources;
}

async function serve(dist: string, project: string, port: number): Promise<ChildProcess> {
  const server = spawn(
    path.join(project, 'node_modules/.bin/node'),
    [path.join(project, 'scripts/serve.ts'), '--dir', dist, '--base', '/', '--port', String(port)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    server.stdout!.once('data', () => resolve());
    server.once('exit', (code) => reject(new Error(`serve.ts exited with ${code}`)));
  });
  return server;
}

/**
 * Opens a page in a fresh browser context (empty cache) and reports what it fetched. With a
 * viewport width (CSS px), the page is read to its end, so lazily loaded images count too.
 */
async function pageTransfer(
  browser: Browser,
  origin: string,
  dist: string,
  sitePath: string,
  width?: number,
): Promise<PageTransfer> {
  const context = await browser.newContext(width ? { viewport: { width, height: 800 } } : {});
  const page = await context.newPage();
  const resources = record(page, origin);
  await page.goto(`${origin}${sitePath}`, { waitUntil: 'networkidle' });
  if (width) {
    // Scroll in screenfuls, as a reader does, so every lazy image comes into view once.
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += innerHeight) {
        scrollTo(0, y);
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      }
    });
    await page.waitForLoadState('networkidle');
  }
  await context.close();
  return summarize(dist, resources);
}

/**
 * Opens /sok/ with an empty cache, types a word and measures what a reader waits for: bytes
 * fetched for page and search together, and the time from the last keystroke to the results on
 * screen (the page's debounce included).
 */
async function searchRun(browser: Browser, origin: string, dist: string, word: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const resources = record(page, origin);
  await page.goto(`${origin}/sok/`, { waitUntil: 'networkidle' });
  const field = page.getByLabel('Søkeord');
  await page.evaluate(
    ([w, timeout]) => {
      const win = window as unknown as { lastKey: number; shown: Promise<number> };
      document.addEventListener('keydown', () => (win.lastKey = performance.now()), { capture: true });
      const status = document.querySelector('[data-search-status]')!;
      win.shown = new Promise((resolve, reject) => {
        setTimeout(
          () => reject(new Error(`No results for «${w}» after ${timeout} ms; status: ${status.textContent}`)),
          timeout,
        );
        new MutationObserver(() => {
          if (status.textContent?.includes(`«${w}»`) && document.querySelector('.search-result'))
            resolve(performance.now());
        }).observe(document.body, { childList: true, subtree: true, characterData: true });
      });
    },
    [word, RESULTS_TIMEOUT_MS] as const,
  );
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
  /** The article page as a desktop browser first loads it (no scrolling). */
  articlePage: PageTransfer;
  /** The same article (it has a `<Figur>` with a 6000 px photo) read to its end on a phone and on a laptop. */
  figurePage: { at375px: PageTransfer; at1280px: PageTransfer };
  themePage: PageTransfer;
  search: Awaited<ReturnType<typeof searchRun>>;
}

/** Serves a build and measures an article page, a theme page and a first search in Chromium. */
export async function measureInBrowser(
  dist: string,
  project: string,
  articlePath: string,
  themePath: string,
  word: string,
): Promise<BrowserFigures> {
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const server = await serve(dist, project, port);
  // CHROMIUM_PATH, else Debian's chromium, else Playwright's own browser (as CI installs it).
  const executablePath =
    process.env['CHROMIUM_PATH'] || (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  let browser: Browser | undefined;
  try {
    // Launched inside the try: a browser that fails to start must not leave the server running.
    browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), timeout: 60_000 });
    return {
      articlePage: await pageTransfer(browser, origin, dist, articlePath),
      figurePage: {
        at375px: await pageTransfer(browser, origin, dist, articlePath, 375),
        at1280px: await pageTransfer(browser, origin, dist, articlePath, 1280),
      },
      themePage: await pageTransfer(browser, origin, dist, themePath),
      search: await searchRun(browser, origin, dist, word),
    };
  } finally {
    await browser?.close();
    server.kill();
  }
}
