import { describe, expect, test } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { generateCorpus } from './lib/corpus.ts';
import { writeCorpus } from './generate.ts';
import { splitFrontmatter } from '../src/lib/frontmatter.ts';
import { validateContent } from '../src/lib/validate/index.ts';
import { isDateTimeWithOffset, isRealDate } from '../src/lib/dates.ts';

describe('the synthetic corpus', () => {
  const corpus = generateCorpus(60);
  const entries = [...corpus.files].filter((f): f is [string, string] => f[0].endsWith('.mdx'));
  const data = (text: string) => parse(splitFrontmatter(text).yaml!) as Record<string, unknown>;

  test('is the same every time', () => {
    expect([...generateCorpus(60).files]).toEqual([...corpus.files]);
  });

  test('passes the same content check as the build', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'kb-corpus-'));
    try {
      await writeCorpus(corpus, root);
      const { problems, entries: checked } = validateContent(root);
      expect(problems).toEqual([]);
      expect(checked).toBe(60);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  test('has all four kinds, every theme, and events with their facts', () => {
    const kinds = new Set(entries.map(([f]) => f.split('/')[1]));
    expect([...kinds].sort()).toEqual(['arrangementer', 'artikler', 'intervjuer', 'rapporter']);
    const themes = new Set(entries.flatMap(([, text]) => data(text)['themes'] as string[]));
    expect([...themes].sort()).toEqual(['endringsledelse', 'etatsstyring', 'it-styring', 'samordning']);
    expect(entries.some(([, text]) => (data(text)['themes'] as string[]).length > 1)).toBe(true);
    const events = entries.filter(([f]) => f.includes('/arrangementer/'));
    // Every fourth entry is an event (KINDS in turn).
    expect(events).toHaveLength(60 / 4);
    for (const [file, text] of events) {
      const event = data(text)['event'] as Record<string, string>;
      expect(isRealDate(event['start']!) || isDateTimeWithOffset(event['start']!), file).toBe(true);
      expect(event['location'], file).toMatch(/\S/);
    }
  });

  test('links only to entries that exist, and has headings, tables and lists', () => {
    expect(entries).toHaveLength(60);
    const urls = new Set(entries.map(([f]) => `/${f.replace(/^content\//, '').replace(/\.mdx$/, '/')}`));
    for (const [file, text] of entries) {
      const links = [...text.matchAll(/\]\((\/(?:artikler|intervjuer|rapporter|arrangementer)\/[^)]+)\)/g)].map(
        (m) => m[1],
      );
      expect(links.length, file).toBeGreaterThanOrEqual(3);
      for (const link of links) expect(urls, file).toContain(link);
      expect(text).toMatch(/^## /m);
      expect(text).toContain('| --- |');
      expect(text).toMatch(/^- /m);
    }
  });

  test('has about 750 words of text per entry', () => {
    const words = entries.map(([, text]) => splitFrontmatter(text).body.split(/\s+/).filter(Boolean).length);
    const mean = words.reduce((a, b) => a + b, 0) / words.length;
    expect(mean).toBeGreaterThan(650);
    expect(mean).toBeLessThan(900);
  });
});

describe('the synthetic corpus, rich share', () => {
  test('has one entry in eight with editor components, the rest plain Markdown', async () => {
    const { needsMdx } = await import('../src/lib/rich/mdx-body.ts');
    const bodies = [...generateCorpus(80).files]
      .filter(([f]) => f.endsWith('.mdx'))
      .map(([, t]) => splitFrontmatter(String(t)).body);
    expect(bodies.filter(needsMdx).length).toBe(10);
  });
});
