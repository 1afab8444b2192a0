import path from 'node:path';

/** Where a build of one site root writes, and the path it is served under. */
export interface BuildSettings {
  /** The project folder (absolute): `content/` and `src/` are in it. */
  root: string;
  /** The output folder (absolute, no trailing slash): `OUT_DIR`, relative to `root`; default `dist`. */
  outDir: string;
  /** The path the site lives under, as given: `BASE_PATH`; default `/`. */
  base: string;
  /** Astro's cache folder (absolute): `ASTRO_CACHE_DIR`, relative to `root`; default Astro's `node_modules/.astro`. */
  cacheDir: string;
}

/**
 * The build's folders and base path from the environment (docs/architecture.md, «Configuration»).
 * One rule for Astro's config and for the steps that run after Astro (scripts/build.ts), so both
 * read and write the same folders.
 */
export function buildSettings(root: string, env: NodeJS.ProcessEnv = process.env): BuildSettings {
  const at = (p: string) => path.resolve(root, p).replace(/(.)\/+$/, '$1');
  return {
    root: at('.'),
    outDir: at(env['OUT_DIR'] || 'dist'),
    base: env['BASE_PATH'] || '/',
    cacheDir: at(env['ASTRO_CACHE_DIR'] || 'node_modules/.astro'),
  };
}

/** `/kb` → `/kb/`, `kb/` → `/kb/`: the base path as the links in the built pages begin. */
export function basePrefix(base: string): string {
  const withLeading = base.startsWith('/') ? base : `/${base}`;
  return withLeading.endsWith('/') ? withLeading : `${withLeading}/`;
}
