/**
 * Two clean builds of the same sources, each from a fresh copy with no cache, are byte for byte
 * the same: pages, assets, feeds, calendars, sitemap and the Pagefind index.
 */
import { expect, test } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { cleanBuild, diffDirs, snapshotSources } from '../scripts/lib/clean-build.ts';
import { builtPages } from './support/site.ts';

// Two builds of the whole site: the budget grows with the site (ten minutes, plus a second a page).
test.setTimeout(600_000 + builtPages().length * 1_000);

/** «Today» for the builds: the last commit's time, as CI would pin it. */
function commitEpoch(): string {
  try {
    return execFileSync('git', ['log', '-1', '--format=%ct'], { encoding: 'utf8' }).trim();
  } catch {
    return '1700000000';
  }
}

test('two clean builds of the same commit are byte-identical, search index included', () => {
  const scratch = mkdtempSync(path.join(process.cwd(), 'dist-repro-'));
  try {
    const env = {
      SOURCE_DATE_EPOCH: commitEpoch(),
      BASE_PATH: '/',
      SITE_URL: process.env['SITE_URL'] || 'http://localhost:4321',
    };
    const first = path.join(scratch, 'first');
    const second = path.join(scratch, 'second');
    const sources = path.join(scratch, 'sources');
    snapshotSources(process.cwd(), sources);
    cleanBuild(sources, scratch, first, env);
    cleanBuild(sources, scratch, second, env);
    expect(readdirSync(path.join(first, 'pagefind', 'fragment')).length).toBeGreaterThan(0);
    expect(diffDirs(first, second)).toEqual([]);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
