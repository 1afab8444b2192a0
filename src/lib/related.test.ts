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
    // No duration is asserted (a loaded machine is not a slow algorithm): the work is counted as
    // reads of an entry's data. Sorting once and indexing once is O(n log n) reads; comparing every
    // pair, as the first version did (over 30 s here), is n² = 25 million.
    let reads = 0;
    const counted = many.map((e) => {
      const { data, ...rest } = e;
      return Object.defineProperty({ ...rest }, 'data', {
        get: () => {
          reads++;
          return data;
        },
        enumerable: true,
      }) as typeof e;
    });
    const index = relatedIndex(counted);
    expect(reads).toBeGreaterThan(0);
    expect(reads).toBeLessThan(many.length * Math.log2(many.length) * 8);
    expect(index.size).toBe(5000);
    const first = index.get('artikler/n0')!;
    expect(first).toHaveLength(4);
    // n0 names p0; so do n600, n1200…: sharing a person outranks sharing a theme.
    expect(first.every((x) => x.data.people.some((p) => p.id === 'p0'))).toBe(true);
  });
});
