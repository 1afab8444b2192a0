import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { astroCli, buildCommand, buildEnv } from './build-site.ts';

describe('buildEnv', () => {
  test('drops what the test runner sets, so a fixture builds as production does', () => {
    // Under vitest both are set in this very process.
    expect(process.env['NODE_ENV']).toBe('test');
    expect(Object.keys(process.env).some((k) => k.startsWith('VITEST'))).toBe(true);
    const env = buildEnv();
    expect(env['NODE_ENV']).toBeUndefined();
    expect(Object.keys(env).filter((k) => k.startsWith('VITEST'))).toEqual([]);
    expect(env['PATH']).toBe(process.env['PATH']);
  });
  test('turns colour off, whatever the caller asked for, so that log lines can be matched', () => {
    const saved = { ...process.env };
    try {
      // What CI runners set: `CI=true` makes Astro's logger colour its output, as FORCE_COLOR does.
      Object.assign(process.env, { CI: 'true', FORCE_COLOR: '1' });
      const env = buildEnv();
      expect(env['NO_COLOR']).toBe('1');
      expect(env['FORCE_COLOR']).toBeUndefined();
      expect(env['CI']).toBe('true');
    } finally {
      for (const k of Object.keys(process.env)) if (!(k in saved)) delete process.env[k];
      Object.assign(process.env, saved);
    }
  });
  test('defaults the output folder and base path, and lets the caller set any variable', () => {
    expect(buildEnv()).toMatchObject({ OUT_DIR: './dist', BASE_PATH: '/' });
    expect(buildEnv({ BASE_PATH: '/kb/', NODE_ENV: 'production' })).toMatchObject({
      OUT_DIR: './dist',
      BASE_PATH: '/kb/',
      NODE_ENV: 'production',
    });
  });
});

describe('the build command', () => {
  test("runs the root's own scripts/build.ts with this Node", () => {
    expect(buildCommand('/some/site')).toEqual([process.execPath, '/some/site/scripts/build.ts']);
  });
  test('finds Astro in the root or a folder above it, and says where it looked when it is not there', () => {
    const inside = path.join(process.cwd(), 'dist-test-astro-cli', 'project');
    expect(astroCli(inside)).toBe(path.join(process.cwd(), 'node_modules/astro/bin/astro.mjs'));
    const outside = mkdtempSync(path.join(tmpdir(), 'kb-no-astro-'));
    try {
      expect(() => astroCli(outside)).toThrow(`astro is not installed in ${outside} nor in a folder above it`);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});
