import { describe, expect, test } from 'vitest';
import { cpSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CODE, snapshotSources } from './lib/clean-build.ts';
import { buildSite } from './lib/build-site.ts';
import { tempDirs } from './lib/temp-dirs.ts';

/**
 * The long-words fixture site (e2e/fixtures/long-words/: a long word in every field of every kind,
 * the people and publication lists, headings, a table, a list, code, a URL written out, a `<dl>`,
 * a `<br />`), built from a copy of the project and driven in Chromium by the same specs that run
 * against the real site: e2e/reflow.spec.ts (nothing scrolls sideways at 320 px, search included)
 * and e2e/search-words.spec.ts (the index separates words where the page does).
 */
const tempDir = tempDirs('kb-reflow-');

function env(extra: Record<string, string>): NodeJS.ProcessEnv {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && !k.startsWith('VITEST')),
  );
  return { ...clean, BASE_PATH: '/', ...extra };
}

describe('the long-words fixture site', () => {
  test('reflows at 320 CSS px on every page and keeps its words apart in the search index', () => {
    const dir = tempDir();
    snapshotSources(process.cwd(), dir, CODE);
    cpSync('e2e/fixtures/long-words/content', path.join(dir, 'content'), { recursive: true });
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
    const build = buildSite(dir, { ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') });
    expect(build.status, build.out.slice(-3000)).toBe(0);

    const specs = spawnSync(
      path.resolve('node_modules/.bin/playwright'),
      [
        'test',
        'e2e/reflow.spec.ts',
        'e2e/search-words.spec.ts',
        '--reporter=line',
        `--output=${path.join(dir, 'test-results')}`,
      ],
      {
        encoding: 'utf8',
        env: env({ OUT_DIR: path.join(dir, 'dist'), KB_CONTENT_DIR: path.join(dir, 'content'), PW_PORT: '4381' }),
      },
    );
    const out = `${specs.stdout}${specs.stderr}`;
    expect(specs.status, out.slice(-6000)).toBe(0);
    expect(out).toMatch(/\b4 passed\b/);
  }, 900_000);
});
