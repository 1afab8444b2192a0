import { withWordBoundaries } from './word-boundaries.ts';

/**
 * What goes into the search index besides the page itself. Pure string work on built HTML, so
 * it is cheap for thousands of pages and testable without a build.
 */

/** Starts the block of compound parts in the indexed text; the search page recognises it in excerpts. */
export const COMPOUND_MARKER = 'Beslektede søkeord:';

/** The attribute that marks the indexed element. */
const BODY_ATTRIBUTE = /\sdata-pagefind-body[\s>=]/;

/** Pages with an element marked `data-pagefind-body` are results; listings and the 404 are not. */
export function isIndexable(html: string): boolean {
  return BODY_ATTRIBUTE.test(html);
}

/**
 * Adds compound parts at the end of the indexed article, with a low weight so that a page that
 * uses the word itself ranks first.
 */
export function injectCompoundParts(html: string, parts: readonly string[]): string {
  if (parts.length === 0) return html;
  const start = html.search(BODY_ATTRIBUTE);
  const end = html.indexOf('</article>', start);
  if (start < 0 || end < 0) return html;
  // The space keeps the last word of the article apart from the marker, whatever element ends it.
  const block = ` <p data-pagefind-weight="0.5">${COMPOUND_MARKER} ${parts.join(' ')}</p>`;
  return `${html.slice(0, end)}${block}${html.slice(end)}`;
}

/**
 * The part of a page Pagefind needs, as a document of its own: the page's language and the
 * indexed article, which carries the page's meta, filter and sort attributes. Header, navigation,
 * related articles and footer are ignored by Pagefind anyway; leaving them out halves what it
 * has to receive and parse. Every boundary the markup implies between words (`</dt><dd>`, table
 * cells, `<br>`) is made a space (src/lib/word-boundaries.ts), as Pagefind would otherwise join
 * them. Soft hyphens (U+00AD, `&shy;`), which an editor may keep to hyphenate a long word, are
 * taken out, so «sam&shy;ordning» is indexed as the word «samordning» the reader types. Returns the
 * whole page, with those spaces, if it has no indexed article.
 */
export function indexedDocument(html: string): string {
  if (html.includes('\u00ad') || html.includes('&shy;')) html = html.replace(/\u00ad|&shy;/g, '');
  const start = html.search(/<article\s[^>]*data-pagefind-body[\s>=]/);
  const end = html.indexOf('</article>', start);
  if (start < 0 || end < 0) return withWordBoundaries(html);
  const lang = /<html\s[^>]*\blang="([^"]*)"/.exec(html)?.[1];
  const title = /<title>[^<]*<\/title>/.exec(html)?.[0] ?? '';
  return withWordBoundaries(
    `<!DOCTYPE html><html${lang ? ` lang="${lang}"` : ''}><head>${title}</head><body>${html.slice(start, end)}</article></body></html>`,
  );
}
