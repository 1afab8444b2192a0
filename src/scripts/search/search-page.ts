import { pagefindFilters, parseSearchState, serializeSearchState, type SearchState } from '../../lib/search-state.ts';
import { allFilters, filtersReady, loadPagefind, preload, type PagefindResult } from './pagefind-client.ts';
import { renderResult } from './render.ts';
import { FEW_HITS, suggestQuery } from '../../lib/search-suggest.ts';
import { loadSuggestionWords } from './suggestion-words.ts';
import { unmatchedQueryWords } from '../../lib/search-fallback.ts';
import { historyStep, type SearchCause } from '../../lib/search-history.ts';
import { createAnnouncer } from '../../lib/search-announce.ts';

const PAGE = 10;
const DEBOUNCE_MS = 150;

function $<T extends Element>(form: HTMLFormElement, selector: string): T {
  const el = form.querySelector<T>(selector);
  if (!el) throw new Error(`Search page is missing ${selector}`);
  return el;
}

export function startSearchPage(): void {
  const form = document.querySelector<HTMLFormElement>('[data-search-form]');
  if (!form) return;
  const input = $<HTMLInputElement>(form, 'input[name="q"]');
  const sort = $<HTMLSelectElement>(form, 'select[name="sortering"]');
  const status = $<HTMLElement>(form, '[data-search-status]');
  const list = $<HTMLOListElement>(form, '[data-search-results]');
  const more = $<HTMLButtonElement>(form, '[data-search-more]');
  const empty = $<HTMLElement>(form, '[data-search-empty]');
  const suggestion = $<HTMLElement>(form, '[data-search-suggestion]');
  const checkboxes = [...form.querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
  const base = import.meta.env.BASE_URL;

  let generation = 0;
  let results: PagefindResult[] = [];
  let shown = 0;
  // The entry the page was opened at, or came back to, holds a search the reader chose (src/lib/search-history.ts).
  let committed = true;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const readForm = (): SearchState =>
    parseSearchState(new URLSearchParams(new FormData(form) as unknown as Record<string, string>));

  function writeForm(state: SearchState): void {
    input.value = state.q;
    sort.value = state.sort;
    for (const box of checkboxes) {
      const chosen: readonly string[] =
        box.name === 'tema' ? state.themes : box.name === 'malform' ? (state.forms ?? []) : state.types;
      box.checked = chosen.includes(box.value);
    }
  }

  // The status line is the live region: written once typing pauses, so it is announced once (src/lib/search-announce.ts).
  const announcer = createAnnouncer((text) => {
    // The same search committed twice (Enter is a change and a submit) is announced once.
    if (status.textContent !== text) status.textContent = text;
  });

  function remember(state: SearchState, cause: SearchCause): void {
    const url = `${location.pathname}${serializeSearchState(state)}`;
    const next = historyStep(`${location.pathname}${location.search}`, url, cause, committed);
    if (next.step === 'push') history.pushState(null, '', url);
    if (next.step === 'replace') history.replaceState(null, '', url);
    committed = next.committed;
  }

  function setCounts(counts: Record<string, Record<string, number>>): void {
    for (const el of form!.querySelectorAll<HTMLElement>('[data-count]')) {
      const [group, value] = (el.dataset['count'] ?? '').split(':') as [string, string];
      el.textContent = `(${counts[group]?.[value] ?? 0})`;
    }
  }

  /** Appends the next page of results; returns false if a newer search has started meanwhile. */
  async function showMore(query: string, current: number): Promise<boolean> {
    const slice = results.slice(shown, shown + PAGE);
    const data = await Promise.all(slice.map((r) => r.data()));
    if (current !== generation) return false;
    for (const d of data) list.append(renderResult(d, query));
    shown += slice.length;
    more.hidden = shown >= results.length;
    return true;
  }

  /** The search the list shows or is about to show, serialized: the same search is not run again. */
  let shownSearch: string | undefined;

  /** Runs a search; the list is `aria-busy` until the newest search has shown its results. */
  async function run(state: SearchState): Promise<void> {
    shownSearch = serializeSearchState(state);
    const current = ++generation;
    list.setAttribute('aria-busy', 'true');
    try {
      await search(state, current);
    } finally {
      if (current === generation) list.removeAttribute('aria-busy');
    }
  }

  async function search(state: SearchState, current: number): Promise<void> {
    if (import.meta.env.DEV) {
      announcer.say('Søket virker bare på det bygde nettstedet: kjør «npm run build» og så «npm run preview».');
      return;
    }
    let pagefind;
    try {
      pagefind = await loadPagefind(base);
    } catch {
      announcer.say('Søket kunne ikke lastes. Prøv å laste siden på nytt.');
      return;
    }
    const filters = pagefindFilters(state);
    const hasFilters = Object.keys(filters).length > 0;
    if (!state.q && !hasFilters) {
      await allFilters(base);
      const counts = await pagefind.filters();
      if (current !== generation) return;
      list.replaceChildren();
      results = [];
      more.hidden = true;
      empty.hidden = true;
      setCounts(counts);
      announcer.say('Skriv et søkeord for å søke i artikler, intervjuer, rapporter og arrangementer.');
      return;
    }
    const countsComplete = filtersReady();
    const response = await pagefind.search(state.q || null, {
      filters,
      ...(state.sort === 'nyeste' ? { sort: { date: 'desc' } } : {}),
    });
    if (!response || current !== generation) return;
    // The first results are fetched before anything changes on screen, so list, counts and the
    // announcement arrive together: no flash of an empty list, no count announced ahead of its results.
    const first = response.results.slice(0, PAGE);
    // The filters' indexes were fetched meanwhile; counts need all of them (src/scripts/search/pagefind-client.ts).
    const [data, counts] = await Promise.all([
      Promise.all(first.map((r) => r.data())),
      countsComplete ? response.filters : filterCounts(state),
    ]);
    if (current !== generation) return;
    // A query word Pagefind did not find was answered with a shorter word it knows («fornyelse» →
    // «for»), or dropped: then no page holds every word typed (src/lib/search-fallback.ts).
    const unmatched =
      state.q && data[0] ? unmatchedQueryWords(state.q, data[0].content, data[0].locations, data[0].meta) : [];
    const real = unmatched.length === 0;
    results = real ? response.results : [];
    list.replaceChildren(...(real ? data : []).map((d) => renderResult(d, state.q)));
    shown = real ? first.length : 0;
    more.hidden = shown >= results.length;
    setCounts(real ? counts : {});
    const n = results.length;
    const what = state.q ? ` for «${state.q}»` : '';
    const said = n === 0 ? `Ingen treff${what}.` : `${n} treff${what}.`;
    announcer.say(said);
    empty.hidden = n > 0;
    suggestion.hidden = true;
    if (state.q && n < FEW_HITS) await offerSuggestion(state, current, said);
  }

  /** The filter counts of a search that ran before every filter's index was there: searched again once they are. */
  async function filterCounts(state: SearchState): Promise<Record<string, Record<string, number>>> {
    await allFilters(base);
    const pagefind = await loadPagefind(base);
    const again = await pagefind.search(state.q || null, { filters: pagefindFilters(state) });
    return again?.filters ?? {};
  }

  /** «Mente du …?» with a link that runs the better search; the word list is fetched only now. */
  async function offerSuggestion(state: SearchState, current: number, said: string): Promise<void> {
    let better: string | undefined;
    try {
      better = suggestQuery(state.q, await loadSuggestionWords(base));
    } catch {
      return;
    }
    if (current !== generation || better === undefined) return;
    const q = better;
    const link = document.createElement('a');
    link.href = `${location.pathname}${serializeSearchState({ ...state, q })}`;
    link.textContent = q;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      input.value = q;
      schedule('commit');
    });
    suggestion.replaceChildren('Mente du «', link, '»?');
    suggestion.hidden = false;
    announcer.say(`${said} Mente du «${q}»?`);
  }

  function schedule(cause: SearchCause): void {
    clearTimeout(timer);
    const state = readForm();
    const go = () => {
      remember(state, cause);
      // Leaving the field after typing commits the search the list already shows: running it again
      // would replace the result the reader is clicking (the field's `change` fires on mousedown).
      if (serializeSearchState(state) !== shownSearch) void run(state);
    };
    // A commit is recorded at once: leaving the field for a filter commits the query before the filter does.
    if (cause === 'commit') go();
    else timer = setTimeout(go, DEBOUNCE_MS);
  }

  input.addEventListener('input', () => {
    if (!import.meta.env.DEV) preload(base, input.value);
    announcer.typed();
    schedule('typing');
  });
  // Submitting, changing a filter or the sort, and leaving the query field (its `change`) commit the search.
  form.addEventListener('change', () => schedule('commit'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule('commit');
  });
  let loadingMore = false;
  more.addEventListener('click', () => {
    // One page at a time: a double click must not append the same results twice.
    if (loadingMore) return;
    loadingMore = true;
    const firstNew = shown;
    void showMore(readForm().q, generation)
      .then((done) => {
        // Keyboard users land on the first new result rather than on a button that may disappear.
        if (done) list.children[firstNew]?.querySelector('a')?.focus();
      })
      .finally(() => (loadingMore = false));
  });
  window.addEventListener('popstate', () => {
    committed = true;
    const state = parseSearchState(location.search);
    writeForm(state);
    void run(state);
  });

  const initial = parseSearchState(location.search);
  writeForm(initial);
  void run(initial);
}
