import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { CODE, snapshotSources } from './lib/clean-build.ts';
import { tempDirs } from './lib/temp-dirs.ts';
import { buildEnv } from './lib/build-site.ts';
import { writeMediaMistakes } from '../e2e/support/media-mistakes.ts';

const tempDir = tempDirs('kb-build-media-');

/** The environment of a build in the copy (buildEnv: no test runner's variables, no colour). */
const env = (dir: string) => buildEnv({ ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') });

describe('a build of images the optimiser cannot read', () => {
  test('fails with the check’s Norwegian messages, not a stack trace from the image service', async () => {
    // The real code, with the media fixture as its whole content (e2e/fixtures/media-mistakes/).
    const dir = tempDir();
    snapshotSources(process.cwd(), dir, CODE);
    symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
    await writeMediaMistakes(dir);
    const checked = spawnSync(process.execPath, ['scripts/check.ts', '--root', dir], {
      encoding: 'utf8',
      env: env(dir),
    });
    const lines = checked.stderr.split('\n').filter((l) => l.startsWith('content/'));
    expect(lines.length).toBeGreaterThan(10);
    const run = spawnSync(path.join(dir, 'node_modules/.bin/astro'), ['build'], {
      cwd: dir,
      encoding: 'utf8',
      env: env(dir),
    });
    const out = `${run.stdout}${run.stderr}`;
    expect(run.status).not.toBe(0);
    for (const line of lines) expect(out).toContain(line);
    // No frame of a JavaScript stack trace («    at getImage (…)»): the editor gets the messages only.
    expect(out).not.toMatch(/^\s+at .+\(.+:\d+:\d+\)$/m);
    expect(existsSync(path.join(dir, 'dist/index.html'))).toBe(false);
  }, 240_000);
});
