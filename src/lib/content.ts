import { getCollection, type CollectionEntry } from 'astro:content';
import { KIND_IDS, type KindId } from './kinds.ts';
import { selectPublished, type Entry } from './entries.ts';

export type ArticleEntry = Entry & { entry: CollectionEntry<KindId> };

/** Drafts show on the dev server (with a label) and nowhere in a production build. */
export const SHOW_DRAFTS = import.meta.env.DEV;

let cache: Promise<ArticleEntry[]> | undefined;

async function load(): Promise<ArticleEntry[]> {
  const all: ArticleEntry[] = [];
  for (const kind of KIND_IDS) {
    for (const entry of await getCollection(kind)) {
      all.push({ kind, slug: entry.id, data: entry.data as Entry['data'], entry });
    }
  }
  return selectPublished(all, SHOW_DRAFTS);
}

/**
 * Every published entry of every kind, newest first. Every listing, feed, sitemap and search
 * page starts here, so a draft can't slip into one of them. Loaded once per build.
 */
export function getPublishedEntries(): Promise<ArticleEntry[]> {
  // The dev server must see edits, so it loads afresh; a build loads once.
  if (import.meta.env.DEV) return load();
  cache ??= load();
  return cache;
}
