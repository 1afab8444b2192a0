import { describe, expect, test } from 'vitest';
import { testEntry } from './test-entry.ts';
import { FEED_SIZE, feedItems } from './feeds.ts';
import type { Entry } from './entries.ts';

const entry = (slug: string, date: string): Entry =>
  testEntry('intervjuer', slug, {
    title: `Tittel ${slug}`,
    description: `Ingress ${slug}`,
    date,
    themes: ['samordning', 'it-styring'],
  });

describe('feedItems', () => {
  test('links each item absolutely, under the site and the base path', () => {
    const [item] = feedItems([entry('dale', '2017-03-01')], 'https://example.github.io', '/kunnskapsbank/');
    expect(item!.link).toBe('https://example.github.io/kunnskapsbank/intervjuer/dale/');
    expect(feedItems([entry('dale', '2017-03-01')], 'https://example.no', '/')[0]!.link).toBe(
      'https://example.no/intervjuer/dale/',
    );
  });
  test('uses the ingress as description, the date as pubDate and kind and themes as categories', () => {
    const [item] = feedItems([entry('dale', '2017-03-01')], 'https://example.no', '/');
    expect(item!.description).toBe('Ingress dale');
    expect(item!.pubDate.toISOString()).toBe('2017-03-01T00:00:00.000Z');
    expect(item!.categories).toEqual(['Intervju', 'Samordning', 'IT-styring']);
  });
  test(`keeps the order it is given and at most ${FEED_SIZE} items`, () => {
    const many = Array.from({ length: FEED_SIZE + 5 }, (_, i) => entry(`e${i}`, '2017-01-01'));
    const items = feedItems(many, 'https://example.no', '/');
    expect(items).toHaveLength(FEED_SIZE);
    expect(items[0]!.title).toBe('Tittel e0');
  });
});
