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

/** A listing an entry must appear on: its first page, and how to name its page n. */
interface Listing {
  name: string;
  first: string;
  nth: (n: number) => string;
}

function listingsOf(entry: Entry): Listing[] {
  return [
    { name: 'alt innhold', first: paths.all(), nth: paths.all },
    { name: `typen ${entry.kind}`, first: paths.kind(entry.kind), nth: (n) => paths.kind(entry.kind, n) },
    ...entry.data.themes.map((t) => ({
      name: `temaet ${t}`,
      first: paths.theme(t),
      nth: (n: number) => paths.theme(t, n),
    })),
  ];
}

/**
 * Proves that nothing published went missing: every entry has its page, is linked from every
 * listing it belongs to, and is in the search index. Returns one line per thing missing.
 * Each listing's links (over all its numbered pages) are gathered once, so the check stays
 * linear in the size of the site.
 */
export function findMissing(entries: readonly Entry[], site: BuiltSite): string[] {
  const linked = new Map<string, Set<string>>();
  const linkedFrom = (listing: Listing): Set<string> => {
    let all = linked.get(listing.first);
    if (!all) {
      all = new Set(site.links(listing.first));
      for (let n = 2; site.pages.has(listing.nth(n)); n++) for (const link of site.links(listing.nth(n))) all.add(link);
      linked.set(listing.first, all);
    }
    return all;
  };
  const missing: string[] = [];
  for (const entry of entries) {
    const url = paths.entry(entry.kind, entry.slug);
    const name = `${entry.kind}/${entry.slug} («${entry.data.title}»)`;
    if (!site.pages.has(url)) missing.push(`${name}: har ingen side (${url})`);
    for (const listing of listingsOf(entry)) {
      if (!linkedFrom(listing).has(url)) missing.push(`${name}: mangler i listen over ${listing.name}`);
    }
    if (site.indexed && !site.indexed.has(url)) missing.push(`${name}: mangler i søkeindeksen`);
  }
  return missing;
}
