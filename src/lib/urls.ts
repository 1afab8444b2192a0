import type { KindId } from './kinds.ts';
import type { ThemeId } from './themes.ts';

/** The path segment before a listing's page number: `/artikler/side/2/`. */
export const PAGE_SEGMENT = 'side';

/**
 * Entry slugs that would collide with the site's own routes under a kind (`/artikler/side/2/`):
 * `npm run new` refuses them and `npm run check` reports a file named so.
 */
export const RESERVED_SLUGS: readonly string[] = [PAGE_SEGMENT];

/** Site paths, without the base path. Every internal link is built here. */
export const paths = {
  home: () => '/',
  entry: (kind: KindId, slug: string) => `/${kind}/${slug}/`,
  kind: (kind: KindId, page = 1) => (page > 1 ? `/${kind}/${PAGE_SEGMENT}/${page}/` : `/${kind}/`),
  all: (page = 1) => (page > 1 ? `/alle/${PAGE_SEGMENT}/${page}/` : '/alle/'),
  themes: () => '/tema/',
  theme: (theme: ThemeId, page = 1) => (page > 1 ? `/tema/${theme}/${PAGE_SEGMENT}/${page}/` : `/tema/${theme}/`),
  themeFeed: (theme: ThemeId) => `/tema/${theme}/rss.xml`,
  feed: () => '/rss.xml',
  search: () => '/sok/',
  people: () => '/personer/',
  person: (id: string) => `/personer/${id}/`,
  publications: () => '/publikasjoner/',
  publication: (id: string) => `/publikasjoner/${id}/`,
  eventCalendar: (slug: string) => `/arrangementer/${slug}.ics`,
  calendar: () => '/arrangementer.ics',
  about: () => '/om/',
  accessibility: () => '/tilgjengelighet/',
} as const;

/** Prefixes a site path with the base path (`/kunnskapsbank/`), keeping exactly one slash between. */
export function withBase(base: string, path: string): string {
  const trimmed = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${trimmed}${path.startsWith('/') ? path : `/${path}`}`;
}

/** An absolute URL for feeds, calendars and canonical links. */
export function absoluteUrl(site: string | URL, base: string, path: string): string {
  return new URL(withBase(base, path), site).href;
}
