/**
 * Lighthouse on the built site: the front page, a theme page and an article, in Chromium.
 * Expects `dist/` to be built (`npm run build`); serves it with scripts/serve.ts, prints a table of
 * scores, writes reports/lighthouse.json and exits non-zero when a score is below its target.
 * Not part of `npm test` (it takes a minute and its timings depend on the machine).
 *
 *   npm run audit [-- --dir dist --port 4390]
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { scoreTable, shortfalls, TARGETS, type Category, type PageScores } from './lib/audit-report.ts';
import { serveSite } from './lib/serve-site.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: process.env['OUT_DIR'] || 'dist' },
    port: { type: 'string', default: process.env['AUDIT_PORT'] || '4390' },
  },
});
const dir = path.resolve(values.dir);
if (!existsSync(path.join(dir, 'index.html'))) {
  console.error(`No built site in ${dir}: run \`npm run build\` first.`);
  process.exit(2);
}

/** The first article page in the build (any kind but arrangementer has body text worth measuring). */
function firstArticle(): string {
  for (const kind of ['artikler', 'intervjuer', 'rapporter', 'arrangementer']) {
    const slugs = existsSync(path.join(dir, kind))
      ? readdirSync(path.join(dir, kind), { withFileTypes: true })
          .filter((d) => d.isDirectory() && d.name !== 'side' && existsSync(path.join(dir, kind, d.name, 'index.html')))
          .map((d) => d.name)
          .sort()
      : [];
    if (slugs[0]) return `/${kind}/${slugs[0]}/`;
  }
  throw new Error('The build has no article page');
}

const pages = [
  { name: 'Forside', path: '/' },
  { name: 'Temaside', path: '/tema/samordning/' },
  { name: 'Artikkel', path: firstArticle() },
];

const origin = `http://127.0.0.1:${values.port}`;
const server = await serveSite(dir, '/', Number(values.port));
const stopServer = () => server.kill();
process.on('exit', stopServer);
const chrome = await chromeLauncher.launch({
  chromePath: process.env['CHROMIUM_PATH'] || '/usr/bin/chromium',
  chromeFlags: ['--headless', '--no-sandbox', '--disable-gpu'],
});
const results: PageScores[] = [];
const reports: Record<string, unknown> = {};
try {
  for (const page of pages) {
    const run = await lighthouse(`${origin}${page.path}`, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: Object.keys(TARGETS),
    });
    if (!run) throw new Error(`Lighthouse returned nothing for ${page.path}`);
    const { categories, audits } = run.lhr;
    const scores = Object.fromEntries(
      (Object.keys(TARGETS) as Category[]).map((c) => [c, Math.round((categories[c]?.score ?? 0) * 100)]),
    ) as Record<Category, number>;
    results.push({ ...page, scores });
    // Keep the scores and the audits that lost points, not the whole (megabyte-sized) report.
    reports[page.path] = {
      scores,
      failed: Object.values(audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative')
        .map((a) => ({ id: a.id, title: a.title, score: a.score, displayValue: a.displayValue })),
      metrics: Object.fromEntries(
        [
          'first-contentful-paint',
          'largest-contentful-paint',
          'total-blocking-time',
          'cumulative-layout-shift',
          'speed-index',
        ].map((id) => [id, audits[id]?.displayValue]),
      ),
    };
  }
} finally {
  await chrome.kill();
  stopServer();
}

mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', `${JSON.stringify(reports, null, 2)}\n`);
console.log(scoreTable(results));
const short = shortfalls(results);
if (short.length > 0) {
  console.error(`\nBelow target:\n${short.map((s) => `  ${s}`).join('\n')}\n(details in reports/lighthouse.json)`);
  process.exit(1);
}
console.log('\nEvery page meets its targets (details in reports/lighthouse.json).');
