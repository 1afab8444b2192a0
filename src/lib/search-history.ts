/**
 * How the search page records searches in the browser's history, so that Back returns to the
 * previous search and not to the previous letters. A search is committed when the reader submits
 * the form, changes a filter or the sort, or leaves the query field; what is typed until then
 * replaces the history entry it started, however long the pauses between the keys.
 */

/** What changed the search: keys in the query field, or one of the commits above. */
export type SearchCause = 'typing' | 'commit';

export interface HistoryStep {
  /** `push` a new entry, `replace` the current one, or leave history as it is. */
  step: 'push' | 'replace' | 'none';
  /** Whether the current entry now holds a committed search (typing from it starts a new entry). */
  committed: boolean;
}

/**
 * The history step for a search whose URL is `next`, from the current entry's `current`.
 * `committed` tells whether the current entry holds a committed search: the page the reader
 * opened, or one they came back to, counts as committed.
 */
export function historyStep(current: string, next: string, cause: SearchCause, committed: boolean): HistoryStep {
  const nowCommitted = cause === 'commit' || (committed && current === next);
  if (current === next) return { step: 'none', committed: nowCommitted };
  return { step: committed ? 'push' : 'replace', committed: nowCommitted };
}
