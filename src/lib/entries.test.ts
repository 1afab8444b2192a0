import { describe, expect, test } from 'vitest';
import { byKind, byTheme, countByTheme, primaryTheme, selectPublished, type Entry } from './entries.ts';
import type { ThemeId } from './themes.ts';
import type { KindId } from './kinds.ts';

function entry(
  slug: string,
  date: string,
  themes: ThemeId[],
  opts: { kind?: KindId; draft?: boolean; title?: string } = {},
): Entry {
  return {
    kind: opts.kind ?? 'artikler',
    slug,
    data: {
      title: opts.title ?? slug,
      description: '',
      date,
      themes,
      draft: opts.draft ?? false,
      people: [],
      publications: [],
      lang: 'nb',
    },
  };
}

describe('selectPublished', () => {
  const list = [
    entry('old', '2016-12-01', ['samordning']),
    entry('draft', '2017-05-01', ['samordning'], { draft: true }),
    entry('new', '2017-03-01', ['etatsstyring']),
  ];
  test('drops drafts and sorts newest first', () => {
    expect(selectPublished(list).map((e) => e.slug)).toEqual(['new', 'old']);
  });
  test('keeps drafts when asked (the dev server)', () => {
    expect(selectPublished(list, true).map((e) => e.slug)).toEqual(['draft', 'new', 'old']);
  });
  test('orders entries of the same day by title, whatever the input order', () => {
    const a = entry('a', '2017-01-01', ['samordning'], { title: 'Ønske' });
    const b = entry('b', '2017-01-01', ['samordning'], { title: 'Zebra' });
    expect(selectPublished([a, b]).map((e) => e.slug)).toEqual(['b', 'a']);
    expect(selectPublished([b, a]).map((e) => e.slug)).toEqual(['b', 'a']);
  });
});

describe('themes and kinds', () => {
  const list = [
    entry('a', '2017-01-01', ['samordning', 'etatsstyring']),
    entry('b', '2017-01-02', ['etatsstyring'], { kind: 'intervjuer' }),
    entry('c', '2017-01-03', ['it-styring', 'it-styring']),
  ];
  test('counts every theme of an entry once, in the themes’ order', () => {
    expect(countByTheme(list)).toEqual([
      { theme: 'samordning', count: 1 },
      { theme: 'etatsstyring', count: 2 },
      { theme: 'endringsledelse', count: 0 },
      { theme: 'it-styring', count: 1 },
    ]);
  });
  test('filters by theme and by kind', () => {
    expect(byTheme(list, 'etatsstyring').map((e) => e.slug)).toEqual(['a', 'b']);
    expect(byKind(list, 'intervjuer').map((e) => e.slug)).toEqual(['b']);
  });
  test('takes the first theme as the primary one', () => {
    expect(primaryTheme(list[0]!)).toBe('samordning');
  });
});
