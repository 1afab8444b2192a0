import type { Entry } from './entries.ts';
import { getKind } from './kinds.ts';
import { getTheme } from './themes.ts';
import { absoluteUrl, paths } from './urls.ts';
import { cleanDeep } from './text/characters.ts';

/** How many of the newest entries a feed carries. */
export const FEED_SIZE = 50;

export interface FeedItem {
  title: string;
  link: string;
  description: string;
  pubDate: Date;
  categories: string[];
}

/** Feed items for entries (already newest first): absolute links, ingress as description. */
export function feedItems(entries: readonly Entry[], site: string | URL, base: string): FeedItem[] {
  return entries.slice(0, FEED_SIZE).map((entry) =>
    feedText({
      title: entry.data.title,
      link: absoluteUrl(site, base, paths.entry(entry.kind, entry.slug)),
      description: entry.data.description,
      pubDate: new Date(`${entry.data.date}T00:00:00Z`),
      categories: [getKind(entry.kind).singular, ...entry.data.themes.map((t) => getTheme(t).label)],
    }),
  );
}

/** The Atom namespace, whose `link` element RSS 2.0 feeds use to name their own address. */
export const ATOM_NAMESPACE = 'http://www.w3.org/2005/Atom';

/** XML's five predefined entities: `@astrojs/rss` reads `customData` with fast-xml-parser, which decodes these (not numeric ones). */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
function xmlAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ENTITIES[c]!);
}

/**
 * What every feed's channel carries besides title, description and link: its language, and its own
 * absolute address as `<atom:link rel="self">` (RSS Best Practices Profile; the W3C feed validator
 * warns without it), so a reader that got the feed through a redirect or a copy knows where to
 * fetch it again. `feedPath` is the feed's site path (`paths.feed()`), put under the base path.
 */
export function feedChannel(
  site: string | URL,
  base: string,
  feedPath: string,
): { xmlns: { atom: string }; customData: string } {
  const self = absoluteUrl(site, base, feedPath);
  return {
    xmlns: { atom: ATOM_NAMESPACE },
    customData: `<language>nb</language><atom:link href="${xmlAttribute(self)}" rel="self" type="application/rss+xml"/>`,
  };
}

/**
 * The options of one feed for `@astrojs/rss`, every text passed through `cleanText` (XML 1.0 §2.2):
 * a character XML forbids would make strict readers reject the whole feed, for every subscriber.
 */
export function feedText<T extends Record<string, unknown>>(options: T): T {
  return cleanDeep(options);
}
