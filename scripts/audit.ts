/**
 * `npm run audit`: Lighthouse against the built site (run `npm run build` first), in Chromium,
 * for the front page, a theme page and an article. Prints the scores and writes
 * reports/lighthouse.json. Not part of `npm test`: scores vary with machine load.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync, readdirSync } from 'node:fs';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';

const port = 4399;
const server = spawn(process.execPath, ['scripts/serve.ts', '--dir', 'dist', '--port', String(port)], { stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));

const article = `/intervjuer/${readdirSync('dist/intervjuer').find((d) => d !== 'index.html' && d !== 'side')}/`;
const pages = { forside: '/', tema: '/tema/samordning/', artikkel: article };
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
});
const results: Record<string, Record<string, number>> = {};
try {
  for (const [name, path] of Object.entries(pages)) {
    const run = await lighthouse(`http://127.0.0.1:${port}${path}`, {
      port: chrome.port,
      output: 'json',
      onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      logLevel: 'error',
    });
    const categories = run?.lhr.categories ?? {};
    results[name] = Object.fromEntries(Object.entries(categories).map(([k, c]) => [k, Math.round((c.score ?? 0) * 100)]));
  }
} finally {
  await chrome.kill();
  server.kill();
}
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', `${JSON.stringify(results, null, 2)}\n`);
console.log('page       performance  accessibility  best-practices  seo');
for (const [name, r] of Object.entries(results)) {
  console.log(`${name.padEnd(10)} ${String(r['performance']).padStart(11)}  ${String(r['accessibility']).padStart(13)}  ${String(r['best-practices']).padStart(14)}  ${String(r['seo']).padStart(3)}`);
}
