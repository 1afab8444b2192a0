import { expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
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
    const file = readdirSync(out).find((f) => f.startsWith('results-'))!;
    const [r] = JSON.parse(readFileSync(path.join(out, file), 'utf8')).results;
    expect(r.entries).toBe(200);
    // 200 entry pages plus listings, themes, people and publications.
    expect(r.clean.pages).toBeGreaterThan(200);
    for (const key of ['wallSeconds', 'peakRssMiB', 'astroSeconds', 'pagefindSeconds'])
      expect(r.clean[key]).toBeGreaterThan(0);
    // Both long steps of the build are seen apart (the completeness check may end between two samples).
    for (const step of ['astro', 'searchIndex']) expect(r.clean.stepPeakRssMiB[step]).toBeGreaterThan(0);
    expect(r.rebuild.wallSeconds).toBeGreaterThan(0);
    expect(r.rebuild.editShown).toBe(true);
    expect(r.articlePage.scripts).toBe(0);
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
