import { describe, expect, test } from 'vitest';
import { cacheKey, canonicalJson, entryPageKey, graphPageKey, listingPageKey, type Listed } from './page-key.ts';
import { testEntry } from './test-entry.ts';
import { paginateList } from './pagination.ts';
import type { Entry } from './entries.ts';

const person = (id: string, name: string, role = 'rådgiver'): Listed => ({ id, data: { name, role, aliases: [] } });
const people = new Map([person('kari', 'Kari Nordmann'), person('ola', 'Ola Nordmann')].map((p) => [p.id, p]));
const publications = new Map<string, Listed>([['rapport-1', { id: 'rapport-1', data: { title: 'Rapport 1' } }]]);

const own = {
  ...testEntry('artikler', 'eget', {
    people: [{ id: 'kari', part: 'intervjuet' }],
    publications: ['rapport-1'],
  }),
  digest: 'abc',
};
const related = [testEntry('artikler', 'nabo', { title: 'Nabo' }), testEntry('rapporter', 'annen')];
const base = () => entryPageKey(own, { related, people, publications });

describe('canonicalJson', () => {
  test('gives the same text whatever order the keys were written in', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, 2], c: 'x' } })).toBe(canonicalJson({ a: { c: 'x', d: [1, 2] }, b: 1 }));
  });

  test('keeps the order of arrays (a listing in another order is another page)', () => {
    expect(canonicalJson([1, 2])).not.toBe(canonicalJson([2, 1]));
  });

  test('leaves out undefined fields as a page does, and keeps null apart from a missing field', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe(canonicalJson({ a: 1 }));
    expect(canonicalJson({ a: 1, b: null })).not.toBe(canonicalJson({ a: 1 }));
  });

  test('tells dates apart from their text and from each other', () => {
    expect(canonicalJson(new Date('2026-01-01T00:00:00Z'))).not.toBe(canonicalJson(new Date('2026-01-02T00:00:00Z')));
    expect(canonicalJson({ d: new Date('2026-01-01T00:00:00Z') })).not.toBe(
      canonicalJson({ d: '2026-01-01T00:00:00.000Z' }),
    );
  });

  test.each([
    ['a Map', new Map([['a', 1]])],
    ['a Set', new Set([1])],
    ['a function', () => 1],
    ['a class instance', new (class Thing {})()],
    ['NaN', Number.NaN],
    ['a bigint', 1n],
  ])('refuses %s, which JSON would flatten into the same text as other values', (_name, value) => {
    expect(() => canonicalJson({ inside: [value] })).toThrow(/\$\.inside\[0\]/);
  });
});

describe('cacheKey', () => {
  test('is a SHA-256 in hex, and depends on the route as well as the data', () => {
    expect(cacheKey('a', { x: 1 })).toMatch(/^[0-9a-f]{64}$/);
    expect(cacheKey('a', { x: 1 })).toBe(cacheKey('a', { x: 1 }));
    expect(cacheKey('a', { x: 1 })).not.toBe(cacheKey('b', { x: 1 }));
  });
});

describe('entryPageKey', () => {
  const changes: [string, () => string][] = [
    ['the source digest', () => entryPageKey({ ...own, digest: 'abd' }, { related, people, publications })],
    [
      'the own title',
      () => entryPageKey({ ...own, data: { ...own.data, title: 'Ny' } }, { related, people, publications }),
    ],
    ['the slug (a renamed file)', () => entryPageKey({ ...own, slug: 'eget-2' }, { related, people, publications })],
    [
      'a related entry’s title',
      () =>
        entryPageKey(own, {
          related: [testEntry('artikler', 'nabo', { title: 'Nabo 2' }), related[1]!],
          people,
          publications,
        }),
    ],
    [
      'the order of related entries',
      () => entryPageKey(own, { related: [related[1]!, related[0]!], people, publications }),
    ],
    ['one related entry fewer', () => entryPageKey(own, { related: related.slice(0, 1), people, publications })],
    [
      'the name of a person it names',
      () => {
        const renamed = new Map(people).set('kari', person('kari', 'Kari Nordkvinne'));
        return entryPageKey(own, { related, people: renamed, publications });
      },
    ],
    [
      'the role of a person it names',
      () => {
        const changed = new Map(people).set('kari', person('kari', 'Kari Nordmann', 'direktør'));
        return entryPageKey(own, { related, people: changed, publications });
      },
    ],
    [
      'a person it names leaving the list',
      () => {
        const fewer = new Map(people);
        fewer.delete('kari');
        return entryPageKey(own, { related, people: fewer, publications });
      },
    ],
    [
      'the title of a publication it names',
      () =>
        entryPageKey(own, {
          related,
          people,
          publications: new Map([['rapport-1', { id: 'rapport-1', data: { title: 'Rapport én' } }]]),
        }),
    ],
  ];

  test.each(changes)('changes with %s', (_what, changed) => {
    expect(changed()).not.toBe(base());
  });

  test('stays the same when only people and publications it does not name change', () => {
    const others = new Map(people).set('ola', person('ola', 'Ola Endret'));
    expect(entryPageKey(own, { related, people: others, publications })).toBe(base());
  });

  test('stays the same for an unrelated entry’s body (its digest is not shown)', () => {
    const relatedWithDigest = related.map((e) => ({ ...e, digest: 'other' }));
    expect(entryPageKey(own, { related: relatedWithDigest, people, publications })).toBe(base());
  });
});

describe('listingPageKey', () => {
  const entries: Entry[] = Array.from({ length: 5 }, (_, i) => testEntry('artikler', `e${i}`, { title: `E ${i}` }));
  const pages = paginateList(entries, 2);

  test('a listing has pages to key', () => {
    expect(pages.length).toBe(3);
  });

  test('every page of a listing has its own key', () => {
    const keys = pages.map((p) => listingPageKey('all', p, entries.length));
    expect(new Set(keys).size).toBe(pages.length);
  });

  test('changes when an entry on the page changes title, and not for an entry on another page', () => {
    const changed = entries.map((e, i) => (i === 4 ? { ...e, data: { ...e.data, title: 'Endret' } } : e));
    const after = paginateList(changed, 2);
    expect(listingPageKey('all', after[2]!, 5)).not.toBe(listingPageKey('all', pages[2]!, 5));
    expect(listingPageKey('all', after[0]!, 5)).toBe(listingPageKey('all', pages[0]!, 5));
  });

  test('changes on every page when the number of pages or the total changes', () => {
    const more = paginateList([...entries, testEntry('artikler', 'e5')], 2);
    expect(listingPageKey('all', more[0]!, 6)).not.toBe(listingPageKey('all', pages[0]!, 5));
    const seven = paginateList([...entries, testEntry('artikler', 'e5'), testEntry('artikler', 'e6')], 2);
    expect(seven[0]!.items).toEqual(pages[0]!.items);
    expect(listingPageKey('all', seven[0]!, 7)).not.toBe(listingPageKey('all', pages[0]!, 5));
  });

  test('changes with what the route says about the list (the number of upcoming events)', () => {
    expect(listingPageKey('events', pages[0]!, 5, { upcoming: 1 })).not.toBe(
      listingPageKey('events', pages[0]!, 5, { upcoming: 0 }),
    );
  });
});

describe('graphPageKey', () => {
  const articles = [testEntry('artikler', 'a'), testEntry('intervjuer', 'b')];
  const kari = person('kari', 'Kari Nordmann');

  test('changes with the person’s own record and with the entries that name them', () => {
    const key = graphPageKey('person', kari, articles);
    expect(graphPageKey('person', person('kari', 'Kari N.'), articles)).not.toBe(key);
    expect(graphPageKey('person', kari, articles.slice(1))).not.toBe(key);
    expect(
      graphPageKey('person', kari, [
        { ...articles[0]!, data: { ...articles[0]!.data, date: '2020-01-01' } },
        articles[1]!,
      ]),
    ).not.toBe(key);
    expect(graphPageKey('person', kari, articles)).toBe(key);
  });
});
