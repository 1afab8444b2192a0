/**
 * One way to build a site root, for every caller (tests, fixture sites, the benchmark, `npm run
 * cms`): the same command as `npm run build`, `node scripts/build.ts` in the root, so that Astro,
 * the search index and the completeness check all run, in the root's own copy of the code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

/** Astro's command-line script for a root: from its node_modules, or from a folder above it. */
export function astroCli(root: string): string {
  for (let dir = path.resolve(root); ; dir = path.dirname(dir)) {
    const cli = path.join(dir, 'node_modules', 'astro', 'bin', 'astro.mjs');
    if (existsSync(cli)) return cli;
    if (path.dirname(dir) === dir) throw new Error(`astro is not installed in ${root} nor in a folder above it`);
  }
}

/** The build command of a root, as `[program, ...arguments]`, for callers that spawn it themselves. */
export function buildCommand(root: string): [string, ...string[]] {
  return [process.execPath, path.join(path.resolve(root), 'scripts', 'build.ts')];
}

/** Variables a build does not inherit from its caller: a test runner's, and colour switches. */
const NOT_INHERITED = /^(NODE_ENV|FORCE_COLOR|VITEST.*)$/;

/**
 * The environment of a build whose output a program reads: the caller's, without what a test
 * runner sets (`NODE_ENV=test` would make Astro build a development site: drafts shown, no search
 * index; `VITEST*`) and with colour off (`NO_COLOR`; a CI runner's `CI=true` or `FORCE_COLOR`
 * would otherwise put terminal codes inside the log lines callers match), with `OUT_DIR` `./dist`
 * and `BASE_PATH` `/` unless `env` says otherwise, then `env` itself.
 */
export function buildEnv(env: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([k]) => !NOT_INHERITED.test(k)));
  return { ...inherited, NO_COLOR: '1', OUT_DIR: './dist', BASE_PATH: '/', ...env };
}

/**
 * Builds `root` (the whole build: Astro, search index, completeness) with `buildEnv(env)`, and
 * returns its exit code and everything it printed (stdout then stderr). `inherit` shows the output
 * as it comes instead (`out` is then empty).
 */
export function buildSite(
  root: string,
  env: NodeJS.ProcessEnv = {},
  options: { inherit?: boolean } = {},
): { status: number | null; out: string } {
  const [program, ...args] = buildCommand(root);
  const run = spawnSync(program, args, {
    cwd: root,
    env: buildEnv(env),
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    stdio: options.inherit ? 'inherit' : 'pipe',
  });
  return { status: run.status, out: options.inherit ? '' : `${run.stdout}${run.stderr}` };
}
