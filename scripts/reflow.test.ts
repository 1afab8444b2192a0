import { describe, expect, test } from 'vitest';
import { cpSync, readdirSync, symlinkSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { CODE, snapshotSources } from './lib/clean-build.ts';
import { buildEnv, buildSite } from './lib/build-site.ts';
import { tempDirs } from './lib/temp-dirs.ts';
import { builtPages } from '../e2e/support/site.ts';

/**
 * The long-words fixture site (e2e/fixtures/long-words/: a long word in every field of every kind,
 * the people and publication lists, headings, a table, a list, code, a URL written out, a `<dl>`,
 * a `<br />`), built from a copy of the project and driven in Chromium by the same specs that run
 * against the real site: e2e/reflow.once.spec.ts (nothing scrolls sideways at 320 px, search included)
 * and e2e/search-words.once.spec.ts (the index separates words where the page does).
 */
const tempDir = tempDirs('kb-reflow-');

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
        'e2e/reflow.once.spec.ts',
        'e2e/search-words.once.spec.ts',
        '--reporter=line',
        `--output=${path.join(dir, 'test-results')}`,
      ],
      {
        encoding: 'utf8',
        env: buildEnv({ OUT_DIR: path.join(dir, 'dist'), KB_CONTENT_DIR: path.join(dir, 'content'), PW_PORT: '4381' }),
      },
    );
    const out = `${specs.stdout}${specs.stderr}`;
    expect(specs.status, out.slice(-6000)).toBe(0);
    // Reflow runs two tests per page (320 px, then 200 % text at 320 and 360 px) and words one per
    // indexed page, plus reflow's two site-wide tests: a count that fell short would mean pages went unchecked.
    const dist = path.join(dir, 'dist');
    const expected = 2 * builtPages(dist).length + readdirSync(path.join(dist, 'pagefind/fragment')).length + 2;
    expect(out).toMatch(new RegExp(`\\b${expected} passed\\b`));
  }, 900_000);
});
