/**
 * `node bench/compare-stock.ts [--dist dist]`: runs the queries of docs/search.md's table against
 * this site's index and against a stock Pagefind index of the same built pages (`pagefind --site`,
 * default options: no added terms, diacritics folded), in Chromium, and prints the hit counts.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Browser } from '@playwright/test';
import { serveSite } from '../scripts/lib/serve-site.ts';

const { values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' } } });
const dist = path.resolve(values.dist);
const QUERIES: [kind: string, query: string][] = [
  ['four-letter part inside compounds', 'kurs'],
  ['compound head', 'nettverk'],
  ['bare tail of an inflected compound', 'konferanse'],
  ['bare tail of an inflected compound', 'oppgave'],
  ['full name for an abbreviation', 'moderniseringsdepartementet'],
  ['full name for an abbreviation', 'utlendingsdirektoratet'],
  ['abbreviation for a full name', 'KMD'],
  ['typed without å (mal ≠ mål)', 'mal'],
  ['typed without å (far ≠ får)', 'far'],
  ['with å', 'mål'],
  ['typo', 'samordnign'],
];

const stock = path.join(dist, 'pagefind-stock');
rmSync(stock, { recursive: true, force: true });
const made = spawnSync(
  path.resolve('node_modules/.bin/pagefind'),
  ['--site', path.relative(process.cwd(), dist), '--output-path', path.relative(process.cwd(), stock)],
  { encoding: 'utf8' },
);
if (made.status !== 0) throw new Error(made.stderr);
const port = 5300 + Math.floor(Math.random() * 600);
const server = await serveSite(dist, '/', port);
let rows: { kind: string; q: string; stock: number; ours: number }[] = [];
let browser: Browser | undefined;
try {
  browser = await chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
    args: ['--no-sandbox'],
  });
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}/sok/`);
  rows = await page.evaluate(async (queries) => {
    const load = async (dir: string, options: Record<string, unknown>) => {
      const pf = await import(/* @vite-ignore */ `/${dir}/pagefind.js`);
      await pf.options({ baseUrl: '/', ...options });
      await pf.init();
      return pf;
    };
    const ours = await load('pagefind', { exactDiacritics: true });
    const stockPf = await load('pagefind-stock', {});
    const out = [];
    for (const [kind, q] of queries) {
      const a = await stockPf.search(q);
      const b = await ours.search(q);
      out.push({ kind, q, stock: a.results.length, ours: b.results.length });
    }
    return out;
  }, QUERIES);
} finally {
  await browser?.close();
  server.kill();
}
rmSync(stock, { recursive: true, force: true });
console.log('| kind of query | query | stock Pagefind | this site |\n|---|---|---:|---:|');
for (const r of rows) console.log(`| ${r.kind} | «${r.q}» | ${r.stock} | ${r.ours} |`);
