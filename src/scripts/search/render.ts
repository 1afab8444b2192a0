import { formatDate } from '../../lib/dates.ts';
import { highlightFragment } from '../../lib/search-state.ts';
import { excerptFromAddedTerms, ownContent, queryBases, relatedExcerpt } from '../../lib/search-excerpt.ts';
import { addedTerms, markMatches } from '../../lib/search-highlight.ts';
import type { PagefindResultData } from './pagefind-client.ts';
import { langOfPart, writtenFormLabel } from '../../lib/written-form.ts';

const KIND_LABELS: Record<string, string> = {
  artikkel: 'Artikkel',
  intervju: 'Intervju',
  rapport: 'Rapport',
  arrangement: 'Arrangement',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The words Pagefind marked in its excerpt, without the punctuation it includes («roller,»). */
function markedWords(excerptHtml: string): string[] {
  return [...excerptHtml.matchAll(/<mark>([^<]+)<\/mark>/g)].map((m) =>
    m[1]!.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''),
  );
}

/**
 * The excerpt to show and the words to highlight on the article. A result found only through the
 * added compound parts or word forms gets an excerpt of its own text around the related word
 * («etatsstyring» for «styring»), or its ingress.
 */
function excerptFor(data: PagefindResultData, query: string): { html: string; words: string[] } {
  if (!excerptFromAddedTerms(data.excerpt, data.content))
    return { html: data.excerpt, words: markedWords(data.excerpt) };
  const parts = addedTerms(data.content);
  const own = relatedExcerpt(ownContent(data.content), query, parts);
  if (own) return { html: own.html, words: own.marked };
  return { html: markMatches(data.meta['ingress'] ?? '', queryBases(query), parts).html, words: [] };
}

/** One result as a list item: linked title, kind, date, primary theme and an excerpt. */
export function renderResult(data: PagefindResultData, query: string): HTMLLIElement {
  const excerpt = excerptFor(data, query);
  // A hit in a PDF attachment leads to the attachment's link on the page that carries it.
  const attachment = data.meta['vedlegg'];
  // Its document's own address is a file of the index's input; its `url` meta is the link on the page.
  const href = attachment ? (data.meta['url'] ?? data.url) : `${data.url}${highlightFragment(excerpt.words)}`;
  const date = data.meta['date'] ?? '';
  // An entry in nynorsk: its title and excerpt are marked as such (WCAG 3.1.2), and the meta line says so.
  const other = langOfPart(data.meta['lang']);
  const lang = other ? ` lang="${other}"` : '';
  const li = document.createElement('li');
  li.className = 'search-result';
  li.innerHTML = `
    <h2 class="search-result__title"><a href="${escapeHtml(href)}"${lang}>${escapeHtml(data.meta['title'] ?? data.url)}</a></h2>
    <p class="search-result__meta">
      <span>${escapeHtml(KIND_LABELS[data.meta['type'] ?? ''] ?? '')}</span>
      <span aria-hidden="true">·</span>
      ${date ? `<time datetime="${escapeHtml(date)}">${escapeHtml(formatDate(date))}</time>` : ''}
      <span aria-hidden="true">·</span>
      <span>${escapeHtml(data.meta['tema'] ?? '')}</span>
      ${other ? `<span aria-hidden="true">·</span> <span>${writtenFormLabel(other)}</span>` : ''}
    </p>
    ${attachment ? `<p class="search-result__attachment">Treff i vedlegget «${escapeHtml(attachment)}»</p>` : ''}
    <p class="search-result__excerpt"${lang}>${excerpt.html}</p>`;
  return li;
}
