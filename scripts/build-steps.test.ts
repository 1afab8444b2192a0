/**
 * `npm run build` as three steps (scripts/build.ts): Astro in its own process, then the search
 * index, then the completeness check; a failing step leaves nothing that looks deployable.
 * Each test builds a copy of the project (real content, real code).
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readPublishedSources } from '../src/lib/validate/published.ts';
import { isIndexable } from '../src/lib/search-index.ts';
import { builtHtmlFiles } from '../src/build/built-pages.ts';
import { snapshotSources } from './lib/clean-build.ts';
import { buildSite } from './lib/build-site.ts';
import { tempDirs } from './lib/temp-dirs.ts';
import { PREVIEW_FILE, PREVIEW_PAGE } from '../src/lib/cms/preview.ts';

const tempDir = tempDirs('kb-steps-');

function copyProject(): string {
  const dir = tempDir();
  snapshotSources(process.cwd(), dir);
  symlinkSync(path.resolve('node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

const cache = (dir: string) => ({ ASTRO_CACHE_DIR: path.join(dir, '.astro-cache') });

describe('npm run build', () => {
  test('writes the search index after Astro has exited, then checks the finished site', async () => {
    const dir = copyProject();
    // Run as a CI runner runs it: `CI=true` and FORCE_COLOR would colour Astro's log lines (the
    // cause of two red CI runs); buildSite must hand back lines a program can match.
    const saved = { CI: process.env['CI'], FORCE_COLOR: process.env['FORCE_COLOR'] };
    Object.assign(process.env, { CI: 'true', FORCE_COLOR: '1' });
    const { status, out } = (() => {
      try {
        return buildSite(dir, cache(dir));
      } finally {
        for (const [k, v] of Object.entries(saved))
          if (v === undefined) delete process.env[k];
          else process.env[k] = v;
      }
    })();
    expect(status, out.slice(-3000)).toBe(0);
    expect(out).not.toMatch(/\u001b\[/);
    const lines = out.split('\n');
    const at = (re: RegExp) => {
      const i = lines.findIndex((l) => re.test(l));
      expect(i, `no line matches ${re}`).toBeGreaterThanOrEqual(0);
      return i;
    };
    // Astro's last words come before the first word of the index step, which comes before the check's.
    const astroDone = at(/\[kunnskapsbanken:build\] astro: done in \d+ ms/);
    expect(at(/\[build\] Complete!/)).toBeLessThan(astroDone);
    const indexed = at(/\[kunnskapsbanken:search-index\] Indexed \d+ pages/);
    expect(astroDone).toBeLessThan(at(/\[kunnskapsbanken:build\] search-index: started/));
    expect(at(/\[kunnskapsbanken:search-index\] Language nb: \d+ pages, stemming/)).toBeLessThan(indexed);
    const entries = readPublishedSources(dir).length;
    expect(entries).toBeGreaterThan(0);
    expect(indexed).toBeLessThan(
      at(
        new RegExp(
          `\\[kunnskapsbanken:completeness\\] All ${entries} published entries have their page, their listings and their place in the search index`,
        ),
      ),
    );
    // The index holds every indexable page the build wrote, as the log says.
    const dist = path.join(dir, 'dist');
    const pages = (await builtHtmlFiles(dist)).filter((f) => isIndexable(readFileSync(path.join(dist, f), 'utf8')));
    expect(pages.length).toBeGreaterThanOrEqual(entries);
    expect(lines[indexed]).toContain(`Indexed ${pages.length} pages`);
    expect(readdirSync(path.join(dist, 'pagefind', 'fragment')).length).toBeGreaterThanOrEqual(pages.length);
    // The web editor's preview templates are read into /admin/; their page is gone and in no sitemap.
    expect(Object.keys(JSON.parse(readFileSync(path.join(dist, PREVIEW_FILE), 'utf8')).blocks).length).toBeGreaterThan(
      0,
    );
    expect(existsSync(path.dirname(path.join(dist, PREVIEW_PAGE)))).toBe(false);
    expect(readFileSync(path.join(dist, 'sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  }, 300_000);

  test('without the web editor (CMS=off) leaves no /admin/ at all, not even its preview templates', () => {
    const dir = copyProject();
    const { status, out } = buildSite(dir, { ...cache(dir), CMS: 'off' });
    expect(status, out.slice(-3000)).toBe(0);
    expect(existsSync(path.join(dir, 'dist/index.html'))).toBe(true);
    expect(existsSync(path.join(dir, 'dist/admin'))).toBe(false);
    expect(readFileSync(path.join(dir, 'dist/sitemap-0.xml'), 'utf8')).not.toContain('/admin/');
  }, 300_000);

  test('a failing search index fails the build and leaves no deployable output', () => {
    const dir = copyProject();
    // Pagefind's own resolver takes the binary from this variable: one that fails as Pagefind would.
    const broken = path.join(dir, 'broken-pagefind.sh');
    writeFileSync(broken, '#!/bin/sh\necho "broken on purpose" >&2\nexit 3\n', { mode: 0o755 });
    const { status, out } = buildSite(dir, { ...cache(dir), PAGEFIND_EXTENDED_BINARY_PATH: broken });
    expect(status, out.slice(-3000)).toBe(1);
    expect(out).toMatch(/Søkeindeksen ble ikke skrevet: Error: Pagefind exited with code 3:\s+broken on purpose/);
    expect(out).toContain('Ingenting er klart til publisering: resultatet er flyttet til dist.ufullstendig/');
    expect(out).not.toContain('[kunnskapsbanken:completeness]');
    expect(existsSync(path.join(dir, 'dist'))).toBe(false);
    expect(existsSync(path.join(dir, 'dist.ufullstendig/index.html'))).toBe(true);
  }, 300_000);
});
