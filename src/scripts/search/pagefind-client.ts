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
}

let loading: Promise<Pagefind> | undefined;

/**
 * Loads the index's own script from the built site (never bundled), once, with every filter's index:
 * a search loads only the filters it narrows by, and the counts of the others would read zero.
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
    await pagefind.filters();
    return pagefind;
  })();
  return loading;
}
