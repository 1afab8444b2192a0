import { THEMES, type ThemeId } from './themes.ts';
import { KINDS } from './kinds.ts';
import { WRITTEN_FORM_IDS, isWrittenForm, writtenFormLabel, type WrittenForm } from './written-form.ts';

export type SortOrder = 'relevans' | 'nyeste';
export type KindType = (typeof KINDS)[number]['type'];

/** Everything a search is, as kept in the URL: `/sok/?q=styring&tema=samordning&malform=nn&sortering=nyeste`. */
export interface SearchState {
  q: string;
  themes: ThemeId[];
  types: KindType[];
  /** Written forms to narrow to (`malform=nn`); none means both. */
  forms?: WrittenForm[];
  sort: SortOrder;
}

const THEME_IDS = new Set<string>(THEMES.map((t) => t.id));
const TYPES = new Set<string>(KINDS.map((k) => k.type));

/** The written forms asked for, in the order of WRITTEN_FORM_IDS; nothing when none. */
function formsOf(params: URLSearchParams): { forms?: WrittenForm[] } {
  const asked = new Set(params.getAll('malform').filter(isWrittenForm));
  return asked.size > 0 ? { forms: WRITTEN_FORM_IDS.filter((f) => asked.has(f)) } : {};
}

export function parseSearchState(search: string | URLSearchParams): SearchState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  return {
    q: (params.get('q') ?? '').trim(),
    themes: [...new Set(params.getAll('tema'))].filter((t): t is ThemeId => THEME_IDS.has(t)).sort(),
    types: [...new Set(params.getAll('type'))].filter((t): t is KindType => TYPES.has(t)).sort(),
    ...formsOf(params),
    sort: params.get('sortering') === 'nyeste' ? 'nyeste' : 'relevans',
  };
}

/** The query string for a state, in a fixed order so equal searches get equal URLs. */
export function serializeSearchState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const t of [...state.themes].sort()) params.append('tema', t);
  for (const t of [...state.types].sort()) params.append('type', t);
  for (const f of state.forms ?? []) params.append('malform', f);
  if (state.sort !== 'relevans') params.set('sortering', state.sort);
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

/** Pagefind filters for a state: theme labels (as indexed) and kind types. */
export function pagefindFilters(state: SearchState): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  if (state.themes.length > 0) {
    filters['tema'] = { any: state.themes.map((id) => THEMES.find((t) => t.id === id)!.label) };
  }
  if (state.types.length > 0) filters['type'] = { any: [...state.types] };
  if (state.forms && state.forms.length > 0) filters['malform'] = { any: state.forms.map(writtenFormLabel) };
  return filters;
}

/**
 * A Text Fragment (`#:~:text=…`) that makes the browser highlight the matched words on the
 * article page, with no JavaScript there.
 */
export function highlightFragment(words: readonly string[]): string {
  const unique = [...new Set(words.map((w) => w.trim()).filter(Boolean))].slice(0, 5);
  if (unique.length === 0) return '';
  return `#:~:${unique.map((w) => `text=${encodeURIComponent(w).replace(/-/g, '%2D')}`).join('&')}`;
}
