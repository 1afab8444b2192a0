import { PAGE_SEGMENT } from './urls.ts';

export interface PageSlice<T> {
  items: T[];
  /** 1-based page number. */
  current: number;
  last: number;
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginateList<T>(items: readonly T[], size: number): PageSlice<T>[] {
  if (size < 1) throw new Error('Page size must be at least 1');
  const last = Math.max(1, Math.ceil(items.length / size));
  return Array.from({ length: last }, (_, i) => ({
    items: items.slice(i * size, (i + 1) * size),
    current: i + 1,
    last,
  }));
}

/** The rest parameter of a listing route: undefined for page 1, `side/N` after that. */
export function pageParam(page: number): string | undefined {
  return page > 1 ? `${PAGE_SEGMENT}/${page}` : undefined;
}
