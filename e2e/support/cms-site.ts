/**
 * A scratch copy of the project for the web editor's tests: built once, then served by
 * `npm run cms` (scripts/cms.ts) with Decap's local proxy editing the copy's `content/`. Nothing the
 * tests write reaches the real `content/`.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { snapshotSources } from '../../scripts/lib/clean-build.ts';
import { buildSite } from '../../scripts/lib/build-site.ts';

export interface CmsSite {
  dir: string;
  url: string;
  stop(): void;
}

/** The environment of a build or check in the copy, with its own Astro cache. */
export function copyEnv(dir: string): NodeJS.ProcessEnv {
  return { ...process.env, OUT_DIR: './dist', BASE_PATH: '/', ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') };
}

/** The whole build (`npm run build`) in the copy; throws with its output when it fails. */
export function buildCopy(dir: string): void {
  const r = buildSite(dir, copyEnv(dir));
  if (r.status !== 0) throw new Error(`build of the copy failed:\n${r.out}`);
}

/** `npm run check` in the copy. */
export function checkCopy(dir: string, env: NodeJS.ProcessEnv = {}, args: string[] = []) {
  const r = spawnSync(process.execPath, ['scripts/check.ts', ...args], {
    cwd: dir,
    encoding: 'utf8',
    env: { ...copyEnv(dir), ...env },
  });
  return { code: r.status, out: `${r.stdout}${r.stderr}` };
}

async function waitFor(url: string, init?: RequestInit): Promise<void> {
  const deadline = Date.now() + 120_000;
  for (;;) {
    try {
      const r = await fetch(url, init);
      if (r.status < 500) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within two minutes`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Copies and builds the project, then starts `npm run cms --no-build` on it. */
export async function startCmsSite(port: number, proxyPort: number): Promise<CmsSite> {
  const dir = mkdtempSync(path.join(tmpdir(), 'kb-cms-'));
  snapshotSources(process.cwd(), dir);
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  buildCopy(dir);
  const child: ChildProcess = spawn(
    process.execPath,
    ['scripts/cms.ts', '--no-build', '--port', String(port), '--proxy-port', String(proxyPort)],
    { cwd: dir, env: copyEnv(dir), stdio: 'inherit' },
  );
  const url = `http://127.0.0.1:${port}/`;
  await waitFor(`${url}admin/`);
  await waitFor(`http://localhost:${proxyPort}/api/v1`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'info' }),
  });
  return {
    dir,
    url,
    stop() {
      child.kill();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
