import { getCollection, type CollectionEntry } from 'astro:content';
import { KIND_IDS, type KindId } from './kinds.ts';
import { selectPublished, type Entry } from './entries.ts';
import { buildGraph, type Graph } from './graph.ts';
import { relatedIndex } from './related.ts';
import { cleanDeep } from './text/characters.ts';

export type ArticleEntry = Entry & { entry: CollectionEntry<KindId>; filePath: string | undefined };
export type Person = CollectionEntry<'personer'>;
export type Publication = CollectionEntry<'publikasjoner'>;

/** Drafts show on the dev server (with a label) and nowhere in a production build. */
export const SHOW_DRAFTS = import.meta.env.DEV;

/** Loads once per build; the dev server must see edits, so it loads afresh each time. */
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let cache: Promise<T> | undefined;
  return () => {
    if (import.meta.env.DEV) return load();
    cache ??= load();
    return cache;
  };
}

/**
 * Every published entry of every kind, newest first. Every listing, feed, sitemap and search
 * page starts here, so a draft can't slip into one of them.
 */
export const getPublishedEntries = once(async (): Promise<ArticleEntry[]> => {
  const all: ArticleEntry[] = [];
  for (const kind of KIND_IDS) {
    for (const entry of await getCollection(kind)) {
      all.push({ kind, slug: entry.id, data: cleanDeep(entry.data as Entry['data']), entry, filePath: entry.filePath });
    }
  }
  return selectPublished(all, SHOW_DRAFTS);
});

export const getPeople = once(async (): Promise<Person[]> =>
  (await getCollection('personer'))
    // Defence in depth: no character an output cannot carry reaches a page (src/lib/text/characters.ts).
    .map((p) => ({ ...p, data: cleanDeep(p.data) }))
    .sort((a, b) => a.data.name.localeCompare(b.data.name, 'nb')),
);

export const getPublications = once(async (): Promise<Publication[]> =>
  (await getCollection('publikasjoner'))
    .map((p) => ({ ...p, data: cleanDeep(p.data) }))
    .sort((a, b) => a.data.title.localeCompare(b.data.title, 'nb')),
);

/** People and publications resolved to the published articles that name them. Fails on unknown ids. */
export const getGraph = once(async (): Promise<Graph<ArticleEntry>> => {
  // Drafts are checked too: an unknown reference is a mistake even before publishing.
  const people = new Set((await getPeople()).map((p) => p.id));
  const publications = new Set((await getPublications()).map((p) => p.id));
  const all: ArticleEntry[] = [];
  for (const kind of KIND_IDS) {
    for (const entry of await getCollection(kind)) {
      all.push({ kind, slug: entry.id, data: entry.data as Entry['data'], entry, filePath: entry.filePath });
    }
  }
  buildGraph(all, people, publications);
  return buildGraph(await getPublishedEntries(), people, publications);
});

/** «Relaterte artikler» for every published entry, computed once. */
export const getRelatedIndex = once(async () => relatedIndex(await getPublishedEntries()));
