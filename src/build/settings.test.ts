import { describe, expect, test } from 'vitest';
import { basePrefix, buildSettings } from './settings.ts';

describe('buildSettings', () => {
  test('defaults to dist/, the root path and Astro’s own cache folder', () => {
    expect(buildSettings('/site', {})).toEqual({
      root: '/site',
      outDir: '/site/dist',
      base: '/',
      cacheDir: '/site/node_modules/.astro',
    });
  });
  test('resolves OUT_DIR and ASTRO_CACHE_DIR against the root and keeps absolute ones', () => {
    const s = buildSettings('/site/', { OUT_DIR: './out/', ASTRO_CACHE_DIR: '/tmp/cache', BASE_PATH: '/kb/' });
    expect(s).toEqual({ root: '/site', outDir: '/site/out', base: '/kb/', cacheDir: '/tmp/cache' });
  });
});

describe('basePrefix', () => {
  test('gives the base path with a slash at each end', () => {
    expect(['/', '/kb', '/kb/', 'kb/'].map(basePrefix)).toEqual(['/', '/kb/', '/kb/', '/kb/']);
  });
});
