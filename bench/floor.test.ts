import { describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse as parseHtml } from 'node-html-parser';
import { generateCorpus } from './lib/corpus.ts';
import { buildFloor, toHugoPage, writeFloorSite } from './lib/floor.ts';
import { parseFrontmatter, splitFrontmatter } from '../src/lib/frontmatter.ts';
import { KINDS } from '../src/lib/kinds.ts';
import { PAGE_SIZE } from '../src/lib/site.ts';
import { getTheme, type ThemeId } from '../src/lib/themes.ts';

const PROJECT = path.resolve(import.meta.dirname, '..');
const hugo = spawnSync('bash', [path.join(PROJECT, 'scripts/ensure-hugo.sh')], { encoding: 'utf8' }).stdout.trim();
const corpus = generateCorpus(60);
const entries = [...corpus.files]
  // Entries are text; the corpus's photos and PDFs are bytes.
  .filter((f): f is [string, string] => f[0].endsWith('.mdx') && typeof f[1] === 'string')
  .map(([file, text]) => {
    const { yaml, body } = splitFrontmatter(text);
    const data = parseFrontmatter(yaml!) as { title: string; description: string; date: string; themes: ThemeId[] };
    const [, kind, slug] = /^content\/([^/]+)\/(.+)\.mdx$/.exec(file)!;
    return { file, text, data, body, kind: KINDS.find((k) => k.id === kind)!, slug: slug! };
  });

describe('the floor corpus (Hugo)', () => {
  test('keeps each entry’s title, description, date, themes, kind and body', () => {
    expect(entries.length).toBe(60);
    for (const e of entries) {
      const page = toHugoPage(e.file, e.text);
      expect(page.file).toBe(`content/${e.kind.id}/${e.slug}.md`);
      const converted = splitFrontmatter(page.text);
      expect(converted.body).toBe(e.body);
      expect(parseFrontmatter(converted.yaml!)).toEqual({
        title: e.data.title,
        description: e.data.description,
        date: e.data.date,
        tema: e.data.themes,
        sokType: e.kind.type,
        temaLabels: e.data.themes.map((t) => getTheme(t).label),
      });
    }
  });

  test('refuses a file outside the kinds’ folders and a theme it does not know', () => {
    const [e] = entries;
    expect(() => toHugoPage('content/annet/x.mdx', e!.text)).toThrow('not under a kind');
    expect(() => toHugoPage(e!.file, e!.text.replace(/themes: \[[^\]]*\]/, 'themes: [ukjent]'))).toThrow(
      'unknown theme ukjent',
    );
  });
});

describe.skipIf(!hugo)('the floor build (Hugo + Pagefind CLI)', () => {
  test('writes a page per entry with its body, a paginated list per kind and theme, and indexes every entry', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-floor-'));
    try {
      expect(writeFloorSite(corpus.files, path.join(PROJECT, 'bench/floor'), root)).toBe(60);
      const run = await buildFloor(root, hugo);
      const page = (url: string) => {
        const file = path.join(root, 'public', url, 'index.html');
        expect(existsSync(file), url).toBe(true);
        return parseHtml(readFileSync(file, 'utf8'));
      };
      for (const e of entries) {
        const article = page(`${e.kind.id}/${e.slug}`).querySelector('article[data-pagefind-body]')!;
        expect(article.querySelector('h1')!.text).toBe(e.data.title);
        // The body's last paragraph is there as text.
        const lastParagraph = e.body.trim().split('\n\n').at(-1)!;
        expect(article.text).toContain(lastParagraph);
      }
      const lists = [
        ...KINDS.map((k) => ({ url: k.id, count: entries.filter((e) => e.kind.id === k.id).length })),
        ...[...new Set(entries.flatMap((e) => e.data.themes))].map((t) => ({
          url: `tema/${t}`,
          count: entries.filter((e) => e.data.themes.includes(t)).length,
        })),
      ];
      expect(lists.length).toBeGreaterThan(KINDS.length);
      for (const { url, count } of lists) {
        expect(page(url).querySelectorAll('ul.entries > li').length).toBe(Math.min(count, PAGE_SIZE));
        if (count > PAGE_SIZE) page(`${url}/page/2`);
      }
      expect(run.indexedPages).toBe(60);
      expect(run.index.files).toBeGreaterThan(0);
      expect(run.index.metaKiB).toBeGreaterThan(0);
      expect(run.wallSeconds).toBeGreaterThan(0);
      expect(run.peakRssMiB).toBeGreaterThan(0);
      expect(run.pages).toBeGreaterThan(60 + lists.length);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 120_000);
});
