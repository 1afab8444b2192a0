import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A copy of the project (real content, real code) in a temp folder, to break on purpose. */
function copyProject(): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-build-'));
  for (const item of ['src', 'content', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(item, path.join(dir, item), { recursive: true });
  }
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

function build(dir: string) {
  const result = spawnSync(path.join(dir, 'node_modules/.bin/astro'), ['build'], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...process.env, OUT_DIR: './dist', BASE_PATH: '/', ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') },
  });
  return { code: result.status, out: `${result.stdout}${result.stderr}` };
}

describe('a bad entry in a copy of the real content', () => {
  test('fails the build with the same message as npm run check, and leaves no deployable dist/', () => {
    const dir = copyProject();
    writeFileSync(
      path.join(dir, 'content/artikler/ny-artikkel.mdx'),
      ['---', 'title: Ny artikkel', 'description: Ingress.', 'date: 2017-02-31', 'themes: [samording]', '---', '', 'Tekst.', ''].join('\n'),
    );
    const { code, out } = build(dir);
    expect(code).not.toBe(0);
    expect(out).toContain('content/artikler/ny-artikkel.mdx:4 — date — 2017-02-31 finnes ikke i kalenderen');
    expect(out).toContain('content/artikler/ny-artikkel.mdx:5 — themes — ukjent tema «samording»');
    expect(existsSync(path.join(dir, 'dist/index.html'))).toBe(false);
  }, 120_000);
});
