/** The parts of Pagefind's browser API the search page uses. */
export interface PagefindResultData {
  url: string;
  excerpt: string;
  content: string;
  /** Positions of the matched words in `content`, split at white space. */
  locations: number[];
  meta: Record<string, string>;
}
export interface PagefindResult {
  id: string;
  data: () => Promise<PagefindResultData>;
}
export interface PagefindResponse {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
  totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  init: () => Promise<void>;
  search: (q: string | null, o?: Record<string, unknown>) => Promise<PagefindResponse | null>;
  filters: () => Promise<Record<string, Record<string, number>>>;
  preload: (q: string, o?: Record<string, unknown>) => Promise<void>;
}

let loading: Promise<Pagefind> | undefined;
let filtersLoaded: Promise<unknown> | undefined;
let filtersDone = false;

/**
 * Loads the index's own script from the built site (never bundled), once. Every filter's index is
 * fetched too, but without holding up the first search: a search loads only the filters it narrows
 * by, and the counts of the others would read zero, so counts wait for `allFilters()`.
 */
export function loadPagefind(base: string): Promise<Pagefind> {
  loading ??= (async () => {
    const url = `${base.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    const pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    // Æ, ø and å are letters of their own: «mal» (template) must not find «mål» (goal), nor «far» «får».
    // Pagefind 1.6 folds them by default; `exactDiacritics` keeps words as typed. Readers without
    // those keys are offered the word with them instead («Mente du …?», src/lib/search-suggest.ts).
    await pagefind.options({ baseUrl: base, excerptLength: 28, exactDiacritics: true });
    await pagefind.init();
    filtersLoaded = pagefind.filters().then(() => (filtersDone = true));
    return pagefind;
  })();
  return loading;
}

/** Whether every filter's index is loaded already, so that a search's counts are complete. */
export function filtersReady(): boolean {
  return filtersDone;
}

/** Resolves once every filter's index is loaded (see `loadPagefind`). */
export async function allFilters(base: string): Promise<void> {
  await loadPagefind(base);
  await filtersLoaded;
}

/** Shortest last word worth preloading: shorter prefixes span many index chunks, most never used. */
const PRELOAD_FROM = 4;

/**
 * Starts fetching the index chunks a query will need while the reader is still typing (Pagefind's
 * `preload`), so that the search after the pause finds them loaded. Only once the query's last
 * word has PRELOAD_FROM letters; errors are left to the search itself.
 */
export function preload(base: string, query: string): void {
  const last = query.trim().split(/\s+/).at(-1) ?? '';
  if ([...last].length < PRELOAD_FROM) return;
  void loadPagefind(base)
    .then((pagefind) => pagefind.preload(query))
    .catch(() => {});
}
