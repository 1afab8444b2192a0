import { createHash } from 'node:crypto';
import type { Entry } from './entries.ts';
import type { PageSlice } from './pagination.ts';

/**
 * Cache keys for Astro's incremental build (`experimental.incrementalBuild`): a page whose
 * `getStaticPaths()` entry carries a `cacheKey` is copied from the previous build when the key and
 * the hash of its code (Astro's module graph, config and lockfile) are unchanged. So a key must
 * change whenever the *data* the page renders changes: every entry, person and publication it
 * shows, and any state derived from outside the content (the build day). Code, `site`, `base`
 * and files imported through Vite (images, attachments) are Astro's part of the hash.
 *
 * Each function here takes exactly what its page renders; a page whose dependencies are too wide
 * to list gets no key and is rendered again on every build. Wrong is worse than slow.
 */

/** A key: SHA-256 (hex) of the canonical JSON of `shown`, prefixed by the route it belongs to. */
export function cacheKey(route: string, shown: unknown): string {
  return createHash('sha256').update(route).update('\n').update(canonicalJson(shown)).digest('hex');
}

/**
 * JSON with object keys sorted, so the same data gives the same text whatever order it was built
 * in. Only plain data is accepted: a Map, Set, function or class instance would serialise as `{}`
 * or vanish and make two different pages share a key, so they throw instead. `undefined` in an
 * object is left out (as JSON does, and as a page renders a missing field); in an array it is `null`.
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(plain(value, '$'));
}

function plain(value: unknown, at: string): unknown {
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new TypeError(`${at}: ${value} has no JSON form`);
    return value;
  }
  if (value === undefined) return undefined;
  if (value instanceof Date) return { $date: value.toISOString() };
  if (Array.isArray(value)) return value.map((v, i) => plain(v, `${at}[${i}]`) ?? null);
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) {
      const v = plain((value as Record<string, unknown>)[k], `${at}.${k}`);
      if (v !== undefined) out[k] = v;
    }
    return out;
  }
  throw new TypeError(
    `${at}: ${Object.prototype.toString.call(value)} is not plain data and cannot be part of a cache key`,
  );
}

/** What a card, list item, feed item or calendar entry can show of an entry: its address and frontmatter. */
export function shownEntry(entry: Entry): { kind: string; slug: string; data: Entry['data'] } {
  return { kind: entry.kind, slug: entry.slug, data: entry.data };
}

/** A person or a publication as the shared lists give it. */
export interface Listed {
  id: string;
  data: unknown;
}

/**
 * An entry's own page: its source (`digest`, which covers frontmatter, body, base path and the
 * body pipeline's version, see src/loaders/article-loader.ts) and validated data; the cards of its
 * related entries; the people and publications it names, each as the shared list has it now
 * (a name or role changed in personer.yaml changes the page; an id not in the list is recorded as
 * missing, since the page leaves it out).
 */
export function entryPageKey(
  entry: Entry & { digest: string | number | undefined },
  shows: {
    related: readonly Entry[];
    people: ReadonlyMap<string, Listed>;
    publications: ReadonlyMap<string, Listed>;
  },
): string {
  return cacheKey('entry', {
    entry: { ...shownEntry(entry), digest: entry.digest ?? null },
    related: shows.related.map(shownEntry),
    people: entry.data.people.map((p) => listed(shows.people, p.id)),
    publications: entry.data.publications.map((id) => listed(shows.publications, id)),
  });
}

function listed(list: ReadonlyMap<string, Listed>, id: string): unknown {
  const found = list.get(id);
  return found ? { id, data: found.data } : { id, missing: true };
}

/**
 * One page of a listing: the entries on it, its place among the pages (the pagination links),
 * the total, and whatever else the route shows about the list (`extra`: the kind or theme, the
 * number of upcoming events, which depends on the build day).
 */
export function listingPageKey(route: string, page: PageSlice<Entry>, total: number, extra: unknown = null): string {
  return cacheKey(route, {
    items: page.items.map(shownEntry),
    current: page.current,
    last: page.last,
    total,
    extra,
  });
}

/** A person's or a publication's page: its own record and the entries that name it. */
export function graphPageKey(route: string, item: Listed, articles: readonly Entry[]): string {
  return cacheKey(route, { item: { id: item.id, data: item.data }, articles: articles.map(shownEntry) });
}
