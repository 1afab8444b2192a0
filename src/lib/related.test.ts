import { describe, expect, test } from 'vitest';
import { testEntry } from './test-entry.ts';
import { relatedIndex } from './related.ts';
import type { Entry } from './entries.ts';
import type { ThemeId } from './themes.ts';

function entry(
  slug: string,
  date: string,
  themes: ThemeId[],
  people: string[] = [],
  publications: string[] = [],
): Entry {
  return testEntry('artikler', slug, {
    date,
    themes,
    people: people.map((id) => ({ id, part: 'intervjuet' })),
    publications,
  });
}

describe('relatedIndex', () => {
  const a = entry('a', '2017-01-01', ['samordning'], ['dale'], ['odds']);
  const b = entry('b', '2017-01-02', ['samordning']);
  const c = entry('c', '2016-01-01', ['etatsstyring'], ['dale']);
  const d = entry('d', '2017-02-01', ['it-styring']);
  const e = entry('e', '2017-03-01', ['samordning'], [], ['odds']);
  const index = relatedIndex([a, b, c, d, e]);

  test('ranks shared people and publications above a shared theme', () => {
    expect(index.get('artikler/a')!.map((x) => x.slug)).toEqual(['e', 'c', 'b']);
  });
  test('leaves out entries with nothing in common', () => {
    expect(index.get('artikler/d')).toEqual([]);
  });
  test('breaks ties newest first, whatever the input order', () => {
    const again = relatedIndex([e, d, c, b, a]);
    expect(again.get('artikler/b')!.map((x) => x.slug)).toEqual(index.get('artikler/b')!.map((x) => x.slug));
    expect(index.get('artikler/b')!.map((x) => x.slug)).toEqual(['e', 'a']);
  });
});

describe('relatedIndex at scale', () => {
  test('indexes 5,000 entries in four themes without comparing every pair', () => {
    const themes: ThemeId[] = ['samordning', 'etatsstyring', 'endringsledelse', 'it-styring'];
    const many = Array.from({ length: 5000 }, (_, i) =>
      entry(
        `n${i}`,
        `20${10 + (i % 15)}-01-${String(1 + (i % 28)).padStart(2, '0')}`,
        [themes[i % 4]!, themes[(i * 7) % 4]!],
        i % 3 ? [] : [`p${i % 200}`],
      ),
    );
    const started = performance.now();
    const index = relatedIndex(many);
    // A pairwise sort per entry took over 30 s here; the inverted index takes about one.
    expect(performance.now() - started).toBeLessThan(15_000);
    expect(index.size).toBe(5000);
    const first = index.get('artikler/n0')!;
    expect(first).toHaveLength(4);
    // n0 names p0; so do n600, n1200…: sharing a person outranks sharing a theme.
    expect(first.every((x) => x.data.people.some((p) => p.id === 'p0'))).toBe(true);
  });
});
