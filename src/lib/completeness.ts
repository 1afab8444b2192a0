import { paths } from './urls.ts';
import type { Entry } from './entries.ts';

/** What the finished build holds, as read from the output folder. */
export interface BuiltSite {
  /** Site paths (without base) of every HTML page. */
  pages: ReadonlySet<string>;
  /** Site paths linked from a page: `links.get('/tema/samordning/')`. */
  links: (page: string) => ReadonlySet<string>;
  /** Site paths in the search index, or undefined when there is no index. */
  indexed: ReadonlySet<string> | undefined;
}

/** The listing pages (with all their numbered pages) an entry must appear on. */
function listingsOf(entry: Entry, pages: ReadonlySet<string>): { name: string; pages: string[] }[] {
  const numbered = (first: string, nth: (n: number) => string) => {
    const list = [first];
    for (let n = 2; pages.has(nth(n)); n++) list.push(nth(n));
    return list;
  };
  return [
    { name: 'alt innhold', pages: numbered(paths.all(), paths.all) },
    { name: `typen ${entry.kind}`, pages: numbered(paths.kind(entry.kind), (n) => paths.kind(entry.kind, n)) },
    ...entry.data.themes.map((t) => ({
      name: `temaet ${t}`,
      pages: numbered(paths.theme(t), (n) => paths.theme(t, n)),
    })),
  ];
}

/**
 * Proves that nothing published went missing: every entry has its page, is linked from every
 * listing it belongs to, and is in the search index. Returns one line per thing missing.
 */
export function findMissing(entries: readonly Entry[], site: BuiltSite): string[] {
  const missing: string[] = [];
  for (const entry of entries) {
    const url = paths.entry(entry.kind, entry.slug);
    const name = `${entry.kind}/${entry.slug} («${entry.data.title}»)`;
    if (!site.pages.has(url)) missing.push(`${name}: har ingen side (${url})`);
    for (const listing of listingsOf(entry, site.pages)) {
      if (!listing.pages.some((p) => site.links(p).has(url)))
        missing.push(`${name}: mangler i listen over ${listing.name}`);
    }
    if (site.indexed && !site.indexed.has(url)) missing.push(`${name}: mangler i søkeindeksen`);
  }
  return missing;
}
