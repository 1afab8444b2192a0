import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * The benchmark runs end to end at a small size: generate, build, edit and rebuild, measure in
 * Chromium. No timing is asserted: this only proves that `npm run bench` works and reports every
 * figure.
 */
test('npm run bench works at 200 entries and reports every figure', () => {
  const out = mkdtempSync(path.join(tmpdir(), 'kb-bench-'));
  try {
    const result = spawnSync(process.execPath, ['bench/run.ts', '--sizes', '200', '--out', out, '--smoke'], {
      encoding: 'utf8',
      // spawnSync blocks vitest's own timeout, so the run carries one.
      timeout: 280_000,
    });
    expect(result.status, `${result.stdout}\n${result.stderr}`).toBe(0);
    // The corpus has MDX entries (the figure page below is one): none of them adds Rolldown's
    // warning about Astro's own directive to the build log (astro.config.mjs).
    expect(readFileSync(path.join(out, 'build-200.log'), 'utf8')).not.toContain('MODULE_LEVEL_DIRECTIVE');
    const file = readdirSync(out).find((f) => f.startsWith('results-'))!;
    const [r] = JSON.parse(readFileSync(path.join(out, file), 'utf8')).results;
    expect(r.entries).toBe(200);
    // 200 entry pages plus listings, themes, people and publications.
    expect(r.clean.pages).toBeGreaterThan(200);
    for (const key of ['wallSeconds', 'peakRssMiB', 'astroSeconds', 'pagefindSeconds'])
      expect(r.clean[key]).toBeGreaterThan(0);
    // Both long steps of the build are seen apart (the completeness check may end between two samples).
    for (const step of ['astro', 'searchIndex']) expect(r.clean.stepPeakRssMiB[step]).toBeGreaterThan(0);
    expect(r.cleanWarmImages.wallSeconds).toBeGreaterThan(0);
    expect(result.stdout).toContain('clean build, image cache kept');
    expect(r.rebuild.wallSeconds).toBeGreaterThan(0);
    expect(r.rebuild.editShown).toBe(true);
    expect(r.shape).toBe('blandet');
    expect(r.articlePage.scripts).toBe(0);
    // The first article has a <Figur> of a 6000 px photo: a phone fetches a smaller file than a laptop.
    const figure = r.browser.figurePage;
    expect(figure.at375px.byType.image).toBeGreaterThan(0);
    expect(figure.at1280px.byType.image).toBeGreaterThan(figure.at375px.byType.image);
    expect(r.articlePage.htmlCssGzipKiB).toBeGreaterThan(0);
    expect(r.browser.articlePage.byType.document).toBeGreaterThan(0);
    expect(r.browser.search.results).toBeGreaterThan(0);
    expect(r.browser.search.transfer.totalKiB).toBeGreaterThan(0);
    expect(r.browser.search.resultsAfterMs).toBeGreaterThan(0);
    expect(result.stdout).toContain('| entries |');
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}, 300_000);

/** The second shape (issue 15) builds too: no people or publications, so no pages for them. */
test('the «lang-hale» corpus shape builds, without person or publication pages', async () => {
  const { writeSite } = await import('./generate.ts');
  const { build } = await import('./lib/build.ts');
  const root = mkdtempSync(path.join(tmpdir(), 'kb-bench-shape-'));
  try {
    await writeSite(120, root, 'lang-hale');
    const run = await build(root, process.cwd());
    expect(run.pages).toBeGreaterThan(120);
    expect(existsSync(path.join(root, 'dist/artikler/syntetisk-1/index.html'))).toBe(true);
    // A person's or a publication's own page is a folder beside the listing's index.html.
    const own = ['personer', 'publikasjoner'].flatMap((d) => {
      const dir = path.join(root, 'dist', d);
      return existsSync(dir) ? readdirSync(dir).filter((f) => f !== 'index.html') : [];
    });
    expect(own).toEqual([]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}, 300_000);
