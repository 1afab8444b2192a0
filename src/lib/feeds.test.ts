import { describe, expect, test } from 'vitest';
import { testEntry } from './test-entry.ts';
import { getRssString } from '@astrojs/rss';
import { rssChannelTags as channelElements } from '../../scripts/lib/strict-outputs.ts';
import { ATOM_NAMESPACE, FEED_SIZE, feedChannel, feedItems, feedText } from './feeds.ts';
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

describe('feedChannel', () => {
  const feed = (site: string, base: string, feedPath: string) =>
    getRssString(
      feedText({
        title: 'Kunnskapsbanken',
        description: 'Alt nytt',
        site: `${site}${base}`,
        items: feedItems([entry('dale', '2017-03-01')], site, base),
        ...feedChannel(site, base, feedPath),
      }),
    );
  const selfLinks = (xml: string) =>
    channelElements(xml).filter(
      (t) => t.uri === ATOM_NAMESPACE && t.local === 'link' && t.attributes['rel']?.value === 'self',
    );

  test("names the feed's own absolute address under the base path, in the Atom namespace", async () => {
    const links = selfLinks(await feed('https://example.github.io', '/kunnskapsbank/', '/tema/samordning/rss.xml'));
    expect(links).toHaveLength(1);
    expect(links[0]!.attributes['href']?.value).toBe('https://example.github.io/kunnskapsbank/tema/samordning/rss.xml');
    expect(links[0]!.attributes['type']?.value).toBe('application/rss+xml');
  });
  test('at the root of a host, and with a base path that needs escaping in XML', async () => {
    expect(selfLinks(await feed('https://example.no', '/', '/rss.xml'))[0]!.attributes['href']?.value).toBe(
      'https://example.no/rss.xml',
    );
    expect(selfLinks(await feed('https://example.no', "/a&b'/", '/rss.xml'))[0]!.attributes['href']?.value).toBe(
      "https://example.no/a&b'/rss.xml",
    );
  });
  test('keeps the channel language', async () => {
    const language = channelElements(await feed('https://example.no', '/', '/rss.xml')).filter(
      (t) => t.local === 'language',
    );
    expect(language).toHaveLength(1);
  });
});
