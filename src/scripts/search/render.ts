import { formatDate } from '../../lib/dates.ts';
import { COMPOUND_MARKER } from '../../lib/search-index.ts';
import { highlightFragment } from '../../lib/search-state.ts';
import { words } from '../../lib/compounds.ts';
import type { PagefindResultData } from './pagefind-client.ts';

const KIND_LABELS: Record<string, string> = {
  artikkel: 'Artikkel',
  intervju: 'Intervju',
  rapport: 'Rapport',
  arrangement: 'Arrangement',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Marks, in plain text, the words that contain one of the query terms. */
function markTerms(text: string, terms: readonly string[]): string {
  return escapeHtml(text).replace(/[\p{L}\p{N}]+/gu, (word) =>
    terms.some((t) => word.toLowerCase().includes(t)) ? `<mark>${word}</mark>` : word,
  );
}

/** The words of the article itself (not the added compound parts) that match the query. */
function matchedWords(data: PagefindResultData, terms: readonly string[]): string[] {
  const marked = [...data.excerpt.matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) => m[1]!);
  const own = data.excerpt.includes(COMPOUND_MARKER) ? [] : marked;
  if (own.length > 0) return own;
  const content = data.content.split(COMPOUND_MARKER)[0] ?? '';
  return [...new Set(content.match(/[\p{L}\p{N}-]+/gu) ?? [])].filter((w) =>
    terms.some((t) => w.toLowerCase().includes(t)),
  );
}

/** One result as a list item: linked title, kind, date, primary theme and an excerpt. */
export function renderResult(data: PagefindResultData, query: string): HTMLLIElement {
  const terms = words(query).filter((t) => t.length > 1);
  const compoundOnly = data.excerpt.includes(COMPOUND_MARKER);
  // A match only in the added compound parts: show the ingress, marking the words that contain the term.
  const excerpt = compoundOnly ? markTerms(data.meta['ingress'] ?? '', terms) : data.excerpt;
  const href = `${data.url}${highlightFragment(matchedWords(data, terms))}`;
  const date = data.meta['date'] ?? '';
  const li = document.createElement('li');
  li.className = 'search-result';
  li.innerHTML = `
    <h2 class="search-result__title"><a href="${escapeHtml(href)}">${escapeHtml(data.meta['title'] ?? data.url)}</a></h2>
    <p class="search-result__meta">
      <span>${escapeHtml(KIND_LABELS[data.meta['type'] ?? ''] ?? '')}</span>
      <span aria-hidden="true">·</span>
      ${date ? `<time datetime="${escapeHtml(date)}">${escapeHtml(formatDate(date))}</time>` : ''}
      <span aria-hidden="true">·</span>
      <span>${escapeHtml(data.meta['tema'] ?? '')}</span>
    </p>
    <p class="search-result__excerpt">${excerpt}</p>`;
  return li;
}
