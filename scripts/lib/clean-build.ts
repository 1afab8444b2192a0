/**
 * Builds the site from a fresh copy of the project's sources in a scratch folder inside the project
 * (so that packages resolve from its node_modules; name it `dist-*` so git ignores it), with no cache
 * from earlier builds (Astro's data store in `.astro/` and `node_modules/.astro/` start empty), and
 * returns where the output went. Used to check that builds are reproducible.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { buildSite } from './build-site.ts';

/** The site's code: what a build reads besides the content. */
export const CODE = ['astro.config.mjs', 'package.json', 'tsconfig.json', 'src', 'public', 'scripts', 'config'];
/** What a build reads. Everything else (dist*, caches, reports) is left behind. */
const SOURCES = [...CODE, 'content'];

/**
 * Copies what a build reads (or only `items` of it), once, so that a build sees the same sources
 * even while people edit. Copies, not links: Astro resolves linked sources to their real path.
 */
export function snapshotSources(project: string, dest: string, items: readonly string[] = SOURCES): void {
  mkdirSync(dest, { recursive: true });
  for (const item of items) {
    if (existsSync(path.join(project, item)))
      cpSync(path.join(project, item), path.join(dest, item), { recursive: true });
  }
}

/**
 * Builds a fresh copy of `sources` in `<scratch>/project` (the whole build, scripts/lib/build-site.ts)
 * with the installed packages of the project `scratch` is in, and moves the output to `out`.
 */
export function cleanBuild(sources: string, scratch: string, out: string, env: Record<string, string>): void {
  const work = path.join(scratch, 'project');
  rmSync(work, { recursive: true, force: true });
  cpSync(sources, work, { recursive: true });
  // No node_modules of its own: packages resolve from the project's, one folder up the tree, while
  // Astro's and Vite's caches (<root>/node_modules/.astro, .vite) start empty in the copy.
  const run = buildSite(work, { ...env, OUT_DIR: 'dist' });
  if (run.status !== 0) throw new Error(`Build failed (exit ${run.status}):\n${run.out}`.slice(-4000));
  rmSync(out, { recursive: true, force: true });
  renameSync(path.join(work, 'dist'), out);
  rmSync(work, { recursive: true, force: true });
}

/** Files (relative paths) that differ between two folders, or exist in only one. */
export function diffDirs(a: string, b: string): string[] {
  const list = (dir: string, sub = ''): string[] =>
    readdirSync(path.join(dir, sub), { withFileTypes: true }).flatMap((d) =>
      d.isDirectory() ? list(dir, path.posix.join(sub, d.name)) : [path.posix.join(sub, d.name)],
    );
  const left = new Set(list(a));
  const right = new Set(list(b));
  const out: string[] = [];
  for (const f of left) if (!right.has(f)) out.push(`${f} (only in the first build)`);
  for (const f of right) if (!left.has(f)) out.push(`${f} (only in the second build)`);
  for (const f of left) {
    if (right.has(f) && !readFileSync(path.join(a, f)).equals(readFileSync(path.join(b, f))))
      out.push(`${f} (differs)`);
  }
  return out;
}
