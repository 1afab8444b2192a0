/**
 * The search index's first pass beside Astro's rendering (src/build/search-prepass.ts): the index
 * `npm run build` writes with it is byte for byte the one the index step writes alone from the
 * same built pages, on a clean build (every page read while Astro rendered it) and on an
 * incremental one (most pages copied from Astro's cache, so read by the index step itself).
 */
import { describe, expect, test } from 'vitest';
import { appendFileSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { snapshotSources } from './lib/clean-build.ts';
import { buildEnv, buildSite } from './lib/build-site.ts';
import { tempDirs } from './lib/temp-dirs.ts';

const tempDir = tempDirs('kb-prepass-');

/** Every file under `dir` with the SHA-256 of its bytes, by relative path. */
function digests(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!item.isFile()) continue;
    const file = path.join(item.parentPath, item.name);
    out[path.relative(dir, file)] = createHash('sha256').update(readFileSync(file)).digest('hex');
  }
  return out;
}

/** `[N, M]` of the index step's «N of the M built pages read while Astro rendered them». */
function prepassed(log: string): [number, number] {
  const m = /\((\d+) of the (\d+) built pages read while Astro rendered them\)/.exec(log);
  expect(m, `no prepass count in the log:\n${log.slice(-3000)}`).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

describe('the search index read while Astro renders', () => {
  test('is the index the step writes alone, after a clean and after an incremental build', () => {
    const dir = tempDir();
    snapshotSources(process.cwd(), dir);
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
    const env = { ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') };
    const pagefind = path.join(dir, 'dist', 'pagefind');
    const alone = () => {
      const run = spawnSync(process.execPath, [path.resolve('bench/index-step.ts'), '--root', dir], {
        cwd: dir,
        env: buildEnv(env),
        encoding: 'utf8',
      });
      expect(run.status, `${run.stdout}${run.stderr}`.slice(-3000)).toBe(0);
      return `${run.stdout}${run.stderr}`;
    };

    const clean = buildSite(dir, env);
    expect(clean.status, clean.out.slice(-3000)).toBe(0);
    const [read, built] = prepassed(clean.out);
    // Every page but the few Astro writes without a directory address (404.html) was read beside it.
    expect(read).toBeGreaterThan(built * 0.9);
    const withPrepass = digests(pagefind);
    expect(Object.keys(withPrepass).length).toBeGreaterThan(10);
    expect(prepassed(alone())[0]).toBe(0);
    expect(digests(pagefind)).toEqual(withPrepass);

    // One edited article: Astro copies the other pages from its cache and renders only a few.
    const article = path.join(dir, 'content/artikler', readdirSync(path.join(dir, 'content/artikler'))[0]!);
    appendFileSync(article, '\nEndret for prøven av forarbeidet til søket: kvisthogstmaskin.\n');
    const incremental = buildSite(dir, env);
    expect(incremental.status, incremental.out.slice(-3000)).toBe(0);
    const [readAgain, builtAgain] = prepassed(incremental.out);
    expect(readAgain).toBeGreaterThan(0);
    expect(readAgain).toBeLessThan(builtAgain / 2);
    const afterEdit = digests(pagefind);
    expect(afterEdit).not.toEqual(withPrepass);
    alone();
    expect(digests(pagefind)).toEqual(afterEdit);
  }, 600_000);
});
