/**
 * `npm run bench`: builds synthetic sites of 1,000, 5,000 and 10,000 entries and measures what
 * the scale goal (issue 7) asks for. Prints a table; writes bench/out/results-<date>.json and
 * merges the figures into bench/results.json (the latest per size, committed).
 *
 *   npm run bench                           all sizes
 *   npm run bench -- --sizes 200 --smoke    a quick run that leaves bench/results.json alone (CI)
 *   nice -n 10 npm run bench -- --sizes 5000
 *   npm run bench -- --sizes 5000 --shape lang-hale   the second corpus shape of issue 15 (bench/lib/corpus.ts)
 *   nice -n 10 npm run bench -- --sizes 20000 --skip-rebuild   a point of the curve (docs/performance.md)
 *
 * Each size is also built by the floor (bench/lib/floor.ts: Hugo + the Pagefind CLI on the same
 * corpus), in the same run; without Hugo (scripts/ensure-hugo.sh) the floor is skipped, saying so.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { appendFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { writeSite } from './generate.ts';
import { generateCorpus, parseShape, SHAPES } from './lib/corpus.ts';
import { build, cacheDirOf } from './lib/build.ts';
import { dirSize } from './lib/dir-size.ts';
import { indexSize } from './lib/index-size.ts';
import { buildFloor, writeFloorSite } from './lib/floor.ts';
import { pageWeight } from './lib/page-weight.ts';
import { measureInBrowser } from './search.ts';
import { formatTable, goalChecks } from './lib/report.ts';
import { floorGoalChecks } from './lib/floor-goals.ts';

const PROJECT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,5000,10000' },
    out: { type: 'string', default: path.join(PROJECT, 'bench/out') },
    /** A smoke run (CI): measure, but leave bench/results.json, the published figures, alone. */
    smoke: { type: 'boolean', default: false },
    /** A word common in the corpus, for the search measurement. */
    word: { type: 'string', default: 'styring' },
    /** The corpus shape (bench/lib/corpus.ts SHAPES); only the default one is published in bench/results.json. */
    shape: { type: 'string', default: 'blandet' },
    /** Keep the generated site folders after the run (they are large). */
    keep: { type: 'boolean', default: false },
    /** Leave out the rebuild after one edit (the curve's large sizes need only the clean build). */
    'skip-rebuild': { type: 'boolean', default: false },
    /** Leave out the floor (Hugo + Pagefind CLI). */
    'skip-floor': { type: 'boolean', default: false },
    /** Leave out the second clean build, the one with the image cache of the first kept (issue 12). */
    'skip-warm': { type: 'boolean', default: false },
  },
});
const sizes = values.sizes.split(',').map(Number);
const shape = parseShape(values.shape);
// Another shape's figures go to bench/out/ only: bench/results.json is the bench's own corpus.
const publish = !values.smoke && shape === 'blandet';
const load = () => loadavg().map((l) => Math.round(l * 100) / 100);

const machine = {
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / 1024 ** 3),
  node: process.version,
  astro: JSON.parse(readFileSync(path.join(PROJECT, 'node_modules/astro/package.json'), 'utf8')).version,
  pagefind: JSON.parse(readFileSync(path.join(PROJECT, 'node_modules/pagefind/package.json'), 'utf8')).version,
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: PROJECT, encoding: 'utf8' }).trim(),
  /** Uncommitted changes in the tree: figures from a tree in flux are indicative. */
  dirty: execFileSync('git', ['status', '--porcelain'], { cwd: PROJECT, encoding: 'utf8' }).trim().length > 0,
};

/** Hugo for the floor, or why there is none. */
function findHugo(): { path?: string; why?: string } {
  if (values['skip-floor']) return { why: '--skip-floor' };
  // A smoke run takes Hugo where it is, and does not install it.
  const env = { ...process.env, ...(values.smoke ? { HUGO_INSTALL: 'no' } : {}) };
  const found = spawnSync('bash', [path.join(PROJECT, 'scripts/ensure-hugo.sh')], { encoding: 'utf8', env });
  const hugo = found.stdout.trim();
  return hugo
    ? { path: hugo }
    : { why: `Hugo not found and not installable here (${found.stderr.trim() || 'scripts/ensure-hugo.sh'})` };
}
const hugo = findHugo();
if (!hugo.path)
  console.log(
    `\n⚠ The floor is skipped: ${hugo.why}.${values['skip-floor'] ? '' : " Install Debian's hugo package (scripts/ensure-hugo.sh) to measure it."}`,
  );

const results = [];
for (const size of sizes) {
  const site = shape === 'blandet' ? `site-${size}` : `site-${shape}-${size}`;
  const root = path.join(values.smoke ? values.out : path.join(PROJECT, 'bench/corpus'), site);
  console.log(`\n▶ ${size} entries (${shape}: ${SHAPES[shape].description}): generating…`);
  const generatedAt = performance.now();
  await writeSite(size, root, shape);
  console.log(`  generated in ${((performance.now() - generatedAt) / 1000).toFixed(1)} s`);
  const loadBefore = load();
  const clean = await build(root, PROJECT);
  console.log(
    `  clean build ${clean.wallSeconds} s (astro ${clean.astroSeconds} s, search index ${clean.pagefindSeconds} s), peak ${clean.peakRssMiB} MiB (astro ${clean.stepPeakRssMiB.astro}, search index ${clean.stepPeakRssMiB.searchIndex}, completeness ${clean.stepPeakRssMiB.completeness})`,
  );
  const dist = path.join(root, 'dist');
  const { log: cleanLog, ...cleanFigures } = clean;
  mkdirSync(values.out, { recursive: true });
  writeFileSync(path.join(values.out, `build-${site.slice(5)}.log`), cleanLog);

  // Size and weight before the edit, so they describe the clean build.
  const size_ = dirSize(dist);
  const article = 'artikler/syntetisk-1/';
  const theme = 'tema/samordning/';
  const staticWeight = { articlePage: pageWeight(dist, article), themePage: pageWeight(dist, theme) };
  const index_ = indexSize(path.join(dist, 'pagefind'));

  // The floor, on the same corpus, right after our build, so that both see the same machine.
  let floor;
  if (hugo.path) {
    // Beside the site, not in it: nothing of the floor may reach our build.
    const floorRoot = `${root}-floor`;
    writeFloorSite(generateCorpus(size, { shape }).files, path.join(PROJECT, 'bench/floor'), floorRoot);
    const { log: floorLog, ...floorFigures } = await buildFloor(floorRoot, hugo.path);
    writeFileSync(path.join(values.out, `floor-${size}.log`), floorLog);
    floor = { ...floorFigures, loadAverage: load() };
    if (!values.keep) rmSync(floorRoot, { recursive: true, force: true });
    console.log(
      `  floor (Hugo + Pagefind CLI) ${floor.wallSeconds} s (Hugo ${floor.hugoSeconds} s, Pagefind ${floor.pagefindSeconds} s), peak ${floor.peakRssMiB} MiB: ours ${(clean.wallSeconds / floor.wallSeconds).toFixed(2)} × the time, ${(clean.peakRssMiB / floor.peakRssMiB).toFixed(2)} × the memory`,
    );
  }

  // A clean build again, with only the optimised images of the first kept (Astro's `assets/` in the
  // cache dir): the build a CI runner does on new content when it keeps the image cache (issue 12).
  let warmImages;
  if (!values['skip-warm']) {
    const cache = cacheDirOf(root);
    for (const item of readdirSync(cache))
      if (item !== 'assets') rmSync(path.join(cache, item), { recursive: true, force: true });
    rmSync(dist, { recursive: true, force: true });
    const { log: warmLog, ...warm } = await build(root, PROJECT);
    writeFileSync(path.join(values.out, `warm-images-${site.slice(5)}.log`), warmLog);
    warmImages = warm;
    console.log(
      `  clean build, image cache kept ${warm.wallSeconds} s (astro ${warm.astroSeconds} s, search index ${warm.pagefindSeconds} s)`,
    );
  }

  // Edit one article and build again with the content cache kept (as a CI cache would keep it).
  let rebuilt;
  if (!values['skip-rebuild']) {
    const marker = `Endret for ombygging ${Date.now()}`;
    appendFileSync(path.join(root, 'content/artikler/syntetisk-1.mdx'), `\n${marker}.\n`);
    const { log: rebuildLog, ...rebuild } = await build(root, PROJECT);
    writeFileSync(path.join(values.out, `rebuild-${site.slice(5)}.log`), rebuildLog);
    const editShown = readFileSync(path.join(dist, article, 'index.html'), 'utf8').includes(marker);
    console.log(
      `  rebuild after one edit ${rebuild.wallSeconds} s${editShown ? '' : ' — THE EDIT IS NOT IN THE OUTPUT'}`,
    );
    rebuilt = {
      rebuild: { ...rebuild, editShown },
      rebuildShareOfClean: Math.round((rebuild.wallSeconds / clean.wallSeconds) * 100) / 100,
    };
  }

  console.log('  measuring in Chromium…');
  const browser = await measureInBrowser(dist, PROJECT, `/${article}`, `/${theme}`, values.word);
  console.log(
    `  search «${values.word}»: ${browser.search.results} results in ${browser.search.resultsAfterMs} ms, ${browser.search.transfer.totalKiB} KiB`,
  );
  results.push({
    entries: size,
    shape,
    measuredAt: new Date().toISOString(),
    machine,
    loadAverage: { before: loadBefore, after: load(), uptime: execFileSync('uptime', { encoding: 'utf8' }).trim() },
    clean: cleanFigures,
    ...(warmImages ? { cleanWarmImages: warmImages } : {}),
    ...(rebuilt ?? {}),
    dist: { MiB: Math.round((size_.bytes / 1024 ** 2) * 10) / 10, files: size_.files },
    index: index_,
    ...(floor ? { floor } : {}),
    ...staticWeight,
    browser,
  });
  if (!values.keep) rmSync(root, { recursive: true, force: true });
}

const stamp = new Date().toISOString().slice(0, 19).replace(/:/g, '');
writeFileSync(
  path.join(values.out, `results-${shape === 'blandet' ? '' : `${shape}-`}${stamp}.json`),
  `${JSON.stringify({ results }, null, 2)}\n`,
);
let published = results;
if (publish) {
  // The latest figures per size: sizes measured earlier and not now are kept.
  const file = path.join(PROJECT, 'bench/results.json');
  const earlier = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')).results as typeof results) : [];
  published = [...earlier.filter((r) => !sizes.includes(r.entries)), ...results].sort((a, b) => a.entries - b.entries);
  writeFileSync(
    file,
    `${JSON.stringify({ goal: goalChecks(published), scaleGoal: floorGoalChecks(published), results: published }, null, 2)}\n`,
  );
}
console.log(`\n${formatTable(published)}`);
