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

/**
 * The options of one feed for `@astrojs/rss`, every text passed through `cleanText` (XML 1.0 §2.2):
 * a character XML forbids would make strict readers reject the whole feed, for every subscriber.
 */
export function feedText<T extends Record<string, unknown>>(options: T): T {
  return cleanDeep(options);
}
